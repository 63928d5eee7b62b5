#!/usr/bin/env bash
# Rebuild resources/sample/bodycam_2026-11-25_2140.mp4: a synthetic body-camera clip.
# Audio: a two-voice traffic stop spoken by espeak-ng (officer: low male voice, driver: higher
# female voice) with pauses between turns. Video: a dark card with a running timestamp overlay.
# Needs espeak-ng and ffmpeg (Debian packages). Output is deterministic for a given version.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/resources/sample/bodycam_2026-11-25_2140.mp4}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

officer=(-v en-us+m3 -p 45 -s 135)
driver=(-v en-us+f2 -p 65 -s 150)

lines=(
  "O|Unit twelve to dispatch. I am making a traffic stop at Main Street and Fifth Avenue. It is a silver Honda Civic."
  "O|Good evening. I am Officer Jordan Miller with the city police. I stopped you because you were going forty five miles per hour in a twenty five zone."
  "D|I am sorry, officer. I never saw the sign."
  "O|Can I see your driver's license and registration, please?"
  "D|Sure, officer, here it is. I was trying to get to the hospital. My mother is sick."
  "O|What is your name?"
  "D|My name is Daniel Reed."
  "O|Are you alone in the car tonight?"
  "D|Yes, it is just me."
  "O|Have you had anything to drink tonight?"
  "D|No, nothing at all."
  "O|Please wait in your car while I check your license."
  "O|Mister Reed, your license is valid. I am giving you a written warning for speeding. Please slow down."
  "D|Thank you, officer. I will."
)

# Pauses between turns, so the speech model (and its pause-based turn hints) see clear breaks.
ffmpeg -loglevel error -f lavfi -i anullsrc=r=22050:cl=mono -t 0.9 -c:a pcm_s16le "$work/pause.wav"
ffmpeg -loglevel error -f lavfi -i anullsrc=r=22050:cl=mono -t 0.5 -c:a pcm_s16le "$work/lead.wav"
: > "$work/list.txt"
echo "file 'lead.wav'" >> "$work/list.txt"
n=0
for entry in "${lines[@]}"; do
  who="${entry%%|*}"
  text="${entry#*|}"
  if [[ "$who" == O ]]; then voice=("${officer[@]}"); else voice=("${driver[@]}"); fi
  espeak-ng "${voice[@]}" -w "$work/line$n.wav" "$text"
  echo "file 'line$n.wav'" >> "$work/list.txt"
  echo "file 'pause.wav'" >> "$work/list.txt"
  n=$((n + 1))
done
ffmpeg -loglevel error -f concat -safe 0 -i "$work/list.txt" -c:a pcm_s16le "$work/speech.wav"
# Low road noise under the voices, as a real body camera would record.
ffmpeg -loglevel error -i "$work/speech.wav" \
  -f lavfi -i "anoisesrc=color=brown:amplitude=0.015:seed=7:r=22050" \
  -filter_complex "[0:a][1:a]amix=inputs=2:duration=first:normalize=0[a]" -map "[a]" \
  -c:a pcm_s16le "$work/audio.wav"

seconds="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/audio.wav")"
font=/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf
# 2026-11-25 21:40:00 UTC as seconds since the epoch, for the running clock.
epoch=1795642800
overlay="drawtext=fontfile=$font:fontcolor=white:fontsize=14:x=8:y=8:text='UNIT 12  BADGE 4127'"
overlay="$overlay,drawtext=fontfile=$font:fontcolor=white:fontsize=14:x=8:y=220"
overlay="$overlay:text='%{pts\:gmtime\:$epoch\:%Y-%m-%d %H\\\\\:%M\\\\\:%S} Z'"
overlay="$overlay,drawtext=fontfile=$font:fontcolor=0xffcc00:fontsize=12:x=8:y=110"
overlay="$overlay:text='SYNTHETIC SAMPLE - NOT REAL FOOTAGE'"

mkdir -p "$(dirname "$out")"
ffmpeg -loglevel error -y \
  -f lavfi -i "color=c=0x1c2430:s=320x240:r=5:d=$seconds" -i "$work/audio.wav" \
  -vf "$overlay" -c:v libx264 -preset veryslow -crf 30 -pix_fmt yuv420p -g 50 -threads 1 \
  -c:a aac -b:a 48k -ar 22050 -ac 1 -shortest -movflags +faststart \
  -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact "$out"
echo "$out: $(stat -c %s "$out") bytes, ${seconds} s"
