"""Writes the labelled police-style cases (*.json) from the compact definitions in _cases.py.

    .venv/bin/python tests/data/police_cases/_build.py

Transcript lines get realistic timings (speech rate, pauses) and word-level probabilities; a
word written "~word" gets a low probability (the ASR was unsure). In report items, "[[...]]"
marks a planted bias phrase (the brackets are removed).

Case JSON: {"transcript": Transcript JSON, "report": str, "meta": CaseMeta fields | null,
"officer_account": str | null, "attention_sentences": [...], "labels": {"problems":
[{"type", "text"}], "bias": [term], "faithful": [{"text", "segments": [segment ids]}]}}.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _cases import CASES as HAND_WRITTEN  # noqa: E402
from _cases_holdout import CASES as BLIND_1  # noqa: E402
from _cases_holdout2 import CASES as BLIND_2  # noqa: E402
from _cases_holdout3 import CASES as BLIND_3  # noqa: E402
from _cases_holdout4 import CASES as BLIND_4  # noqa: E402
from _cases_holdout5 import CASES as BLIND_5  # noqa: E402
from _cases_holdout6 import CASES as BLIND_6  # noqa: E402
from _cases_holdout7 import CASES as BLIND_7  # noqa: E402
from _cases_holdout8 import CASES as BLIND_8  # noqa: E402
from _cases_holdout9 import CASES as BLIND_9  # noqa: E402
from _cases_holdout10 import CASES as BLIND_10  # noqa: E402
from _cases_holdout11 import CASES as BLIND_11  # noqa: E402
from _cases_holdout12 import CASES as BLIND_12  # noqa: E402
from _cases_holdout13 import CASES as BLIND_13  # noqa: E402
from _cases_holdout14 import CASES as BLIND_14  # noqa: E402
from _cases_holdout15 import CASES as BLIND_15  # noqa: E402
from _cases_holdout16 import CASES as BLIND_16  # noqa: E402
from _cases_holdout17 import CASES as BLIND_17  # noqa: E402
from _cases_holdout18 import CASES as BLIND_18  # noqa: E402
from _cases_holdout19 import CASES as BLIND_19  # noqa: E402
from _cases_holdout20 import CASES as BLIND_20  # noqa: E402
from _cases_holdout21 import CASES as BLIND_21  # noqa: E402
from _cases_holdout22 import CASES as BLIND_22  # noqa: E402
from _cases_holdout23 import CASES as BLIND_23  # noqa: E402
from _cases_holdout24 import CASES as BLIND_24  # noqa: E402
from _cases_holdout25 import CASES as BLIND_25  # noqa: E402
from _cases_holdout26 import CASES as BLIND_26  # noqa: E402
from _cases_holdout27 import CASES as BLIND_27  # noqa: E402
from _cases_holdout28 import CASES as BLIND_28  # noqa: E402
from _cases_holdout29 import CASES as BLIND_29  # noqa: E402
from _cases_holdout30 import CASES as BLIND_30  # noqa: E402
from _cases_holdout31 import CASES as BLIND_31  # noqa: E402
from _cases_holdout32 import CASES as BLIND_32  # noqa: E402
from _cases_holdout33 import CASES as BLIND_33  # noqa: E402
from _cases_holdout34 import CASES as BLIND_34  # noqa: E402
from _cases_holdout35 import CASES as BLIND_35  # noqa: E402
from _cases_holdout36 import CASES as BLIND_36  # noqa: E402
from _cases_holdout37 import CASES as BLIND_37  # noqa: E402
from _cases_holdout38 import CASES as BLIND_38  # noqa: E402
from _cases_holdout39 import CASES as BLIND_39  # noqa: E402
from _cases_holdout40 import CASES as BLIND_40  # noqa: E402
from _cases_holdout41 import CASES as BLIND_41  # noqa: E402
from _cases_holdout42 import CASES as BLIND_42  # noqa: E402
from _cases_holdout43 import CASES as BLIND_43  # noqa: E402
from _cases_holdout44 import CASES as BLIND_44  # noqa: E402
from _cases_holdout45 import CASES as BLIND_45  # noqa: E402
from _cases_holdout46 import CASES as BLIND_46  # noqa: E402
from _cases_holdout47 import CASES as BLIND_47  # noqa: E402
from _cases_holdout48 import CASES as BLIND_48  # noqa: E402
from _cases_holdout49 import CASES as BLIND_49  # noqa: E402
from _cases_holdout50 import CASES as BLIND_50  # noqa: E402
from _cases_holdout51 import CASES as BLIND_51  # noqa: E402
from _cases_holdout52 import CASES as BLIND_52  # noqa: E402
from _cases_holdout53 import CASES as BLIND_53  # noqa: E402
from _cases_holdout54 import CASES as BLIND_54  # noqa: E402
from _cases_holdout55 import CASES as BLIND_55  # noqa: E402
from _cases_holdout56 import CASES as BLIND_56  # noqa: E402
from _cases_holdout57 import CASES as BLIND_57  # noqa: E402
from _cases_holdout58 import CASES as BLIND_58  # noqa: E402
from _cases_holdout59 import CASES as BLIND_59  # noqa: E402
from _cases_holdout60 import CASES as BLIND_60  # noqa: E402
from _cases_holdout61 import CASES as BLIND_61  # noqa: E402
from _cases_holdout62 import CASES as BLIND_62  # noqa: E402
from _cases_holdout63 import CASES as BLIND_63  # noqa: E402
from _cases_holdout64 import CASES as BLIND_64  # noqa: E402
from _cases_holdout65 import CASES as BLIND_65  # noqa: E402
from _cases_holdout66 import CASES as BLIND_66  # noqa: E402
from _cases_holdout67 import CASES as BLIND_67  # noqa: E402
from _cases_holdout68 import CASES as BLIND_68  # noqa: E402
from _cases_holdout69 import CASES as BLIND_69  # noqa: E402
from _cases_holdout70 import CASES as BLIND_70  # noqa: E402
from _cases_holdout71 import CASES as BLIND_71  # noqa: E402
from _cases_holdout72 import CASES as BLIND_72  # noqa: E402
from _cases_holdout73 import CASES as BLIND_73  # noqa: E402
from _cases_holdout74 import CASES as BLIND_74  # noqa: E402
from _cases_holdout75 import CASES as BLIND_75  # noqa: E402
from _cases_holdout76 import CASES as BLIND_76  # noqa: E402
from _cases_holdout77 import CASES as BLIND_77  # noqa: E402
from _cases_holdout78 import CASES as BLIND_78  # noqa: E402
from _cases_holdout79 import CASES as BLIND_79  # noqa: E402
from _cases_holdout80 import CASES as BLIND_80  # noqa: E402
from _cases_holdout81 import CASES as BLIND_81  # noqa: E402
from _cases_holdout82 import CASES as BLIND_82  # noqa: E402
from _cases_holdout83 import CASES as BLIND_83  # noqa: E402
from _cases_holdout84 import CASES as BLIND_84  # noqa: E402
from _cases_holdout85 import CASES as BLIND_85  # noqa: E402
from _cases_holdout86 import CASES as BLIND_86  # noqa: E402
from _cases_holdout87 import CASES as BLIND_87  # noqa: E402
from _cases_holdout88 import CASES as BLIND_88  # noqa: E402
from _cases_holdout89 import CASES as BLIND_89  # noqa: E402
from _cases_holdout90 import CASES as BLIND_90  # noqa: E402
from _cases_holdout91 import CASES as BLIND_91  # noqa: E402
from _cases_holdout92 import CASES as BLIND_92  # noqa: E402
from _cases_holdout93 import CASES as BLIND_93  # noqa: E402
from _cases_holdout94 import CASES as BLIND_94  # noqa: E402
from _cases_holdout95 import CASES as BLIND_95  # noqa: E402
from _cases_holdout96 import CASES as BLIND_96  # noqa: E402
from _cases_holdout97 import CASES as BLIND_97  # noqa: E402
from _cases_holdout98 import CASES as BLIND_98  # noqa: E402
from _cases_holdout99 import CASES as BLIND_99  # noqa: E402
from _cases_holdout100 import CASES as BLIND_100  # noqa: E402
from _cases_holdout101 import CASES as BLIND_101  # noqa: E402
from _cases_holdout102 import CASES as BLIND_102  # noqa: E402
from _cases_holdout103 import CASES as BLIND_103  # noqa: E402
from _cases_holdout104 import CASES as BLIND_104  # noqa: E402
from _cases_holdout105 import CASES as BLIND_105  # noqa: E402
from _cases_holdout106 import CASES as BLIND_106  # noqa: E402
from _cases_holdout107 import CASES as BLIND_107  # noqa: E402
from _cases_holdout108 import CASES as BLIND_108  # noqa: E402
from _cases_holdout109 import CASES as BLIND_109  # noqa: E402
from _cases_holdout110 import CASES as BLIND_110  # noqa: E402
from _cases_holdout111 import CASES as BLIND_111  # noqa: E402
from _cases_holdout112 import CASES as BLIND_112  # noqa: E402
from _cases_holdout113 import CASES as BLIND_113  # noqa: E402
from _cases_holdout114 import CASES as BLIND_114  # noqa: E402
from _cases_holdout115 import CASES as BLIND_115  # noqa: E402
from _cases_holdout116 import CASES as BLIND_116  # noqa: E402
from _cases_holdout117 import CASES as BLIND_117  # noqa: E402
from _cases_holdout118 import CASES as BLIND_118  # noqa: E402
from _cases_holdout119 import CASES as BLIND_119  # noqa: E402
from _cases_holdout120 import CASES as BLIND_120  # noqa: E402
from _cases_holdout121 import CASES as BLIND_121  # noqa: E402
from _cases_holdout122 import CASES as BLIND_122  # noqa: E402
from _cases_holdout123 import CASES as BLIND_123  # noqa: E402
from _cases_holdout124 import CASES as BLIND_124  # noqa: E402
from _cases_holdout125 import CASES as BLIND_125  # noqa: E402
from _cases_holdout126 import CASES as BLIND_126  # noqa: E402
from _cases_holdout127 import CASES as BLIND_127  # noqa: E402
from _cases_holdout128 import CASES as BLIND_128  # noqa: E402
from _cases_holdout129 import CASES as BLIND_129  # noqa: E402
from _cases_holdout130 import CASES as BLIND_130  # noqa: E402
from _cases_holdout131 import CASES as BLIND_131  # noqa: E402
from _cases_holdout132 import CASES as BLIND_132  # noqa: E402
from _cases_holdout133 import CASES as BLIND_133  # noqa: E402
from _cases_holdout134 import CASES as BLIND_134  # noqa: E402
from _cases_holdout135 import CASES as BLIND_135  # noqa: E402
from _cases_holdout136 import CASES as BLIND_136  # noqa: E402
from _cases_holdout137 import CASES as BLIND_137  # noqa: E402
from _cases_holdout138 import CASES as BLIND_138  # noqa: E402
from _cases_holdout139 import CASES as BLIND_139  # noqa: E402
from _cases_holdout140 import CASES as BLIND_140  # noqa: E402
from _cases_holdout141 import CASES as BLIND_141  # noqa: E402
from _cases_holdout142 import CASES as BLIND_142  # noqa: E402
from _cases_holdout143 import CASES as BLIND_143  # noqa: E402
from _cases_holdout144 import CASES as BLIND_144  # noqa: E402
from _cases_holdout145 import CASES as BLIND_145  # noqa: E402
from _cases_holdout146 import CASES as BLIND_146  # noqa: E402
from _cases_holdout147 import CASES as BLIND_147  # noqa: E402
from _cases_holdout148 import CASES as BLIND_148  # noqa: E402
from _cases_holdout149 import CASES as BLIND_149  # noqa: E402
from _cases_holdout150 import CASES as BLIND_150  # noqa: E402
from _cases_holdout151 import CASES as BLIND_151  # noqa: E402
from _cases_holdout152 import CASES as BLIND_152  # noqa: E402
from _cases_holdout153 import CASES as BLIND_153  # noqa: E402
from _cases_holdout154 import CASES as BLIND_154  # noqa: E402
from _cases_holdout155 import CASES as BLIND_155  # noqa: E402
from _cases_holdout156 import CASES as BLIND_156  # noqa: E402
from _cases_holdout157 import CASES as BLIND_157  # noqa: E402
from _cases_holdout158 import CASES as BLIND_158  # noqa: E402
from _cases_holdout159 import CASES as BLIND_159  # noqa: E402
from _cases_holdout160 import CASES as BLIND_160  # noqa: E402
from _cases_holdout161 import CASES as BLIND_161  # noqa: E402
from _cases_holdout162 import CASES as BLIND_162  # noqa: E402
from _cases_holdout163 import CASES as BLIND_163  # noqa: E402
from _cases_holdout164 import CASES as BLIND_164  # noqa: E402
from _cases_holdout165 import CASES as BLIND_165  # noqa: E402
from _cases_holdout166 import CASES as BLIND_166  # noqa: E402
from _cases_holdout167 import CASES as BLIND_167  # noqa: E402
from _cases_holdout168 import CASES as BLIND_168  # noqa: E402
from _cases_holdout169 import CASES as BLIND_169  # noqa: E402
from _cases_holdout170 import CASES as BLIND_170  # noqa: E402
from _cases_holdout171 import CASES as BLIND_171  # noqa: E402
from _cases_holdout172 import CASES as BLIND_172  # noqa: E402
from _cases_holdout173 import CASES as BLIND_173  # noqa: E402
from _cases_holdout174 import CASES as BLIND_174  # noqa: E402
from _cases_holdout175 import CASES as BLIND_175  # noqa: E402
from _cases_holdout176 import CASES as BLIND_176  # noqa: E402
from _cases_holdout177 import CASES as BLIND_177  # noqa: E402
from _cases_holdout178 import CASES as BLIND_178  # noqa: E402
from _cases_holdout179 import CASES as BLIND_179  # noqa: E402
from _cases_holdout180 import CASES as BLIND_180  # noqa: E402
from _cases_holdout181 import CASES as BLIND_181  # noqa: E402
from _cases_holdout182 import CASES as BLIND_182  # noqa: E402
from _cases_holdout183 import CASES as BLIND_183  # noqa: E402
from _cases_holdout184 import CASES as BLIND_184  # noqa: E402
from _cases_holdout185 import CASES as BLIND_185  # noqa: E402
from _cases_holdout186 import CASES as BLIND_186  # noqa: E402
from _cases_holdout187 import CASES as BLIND_187  # noqa: E402
from _cases_holdout188 import CASES as BLIND_188  # noqa: E402
from _cases_holdout189 import CASES as BLIND_189  # noqa: E402
from _cases_holdout190 import CASES as BLIND_190  # noqa: E402
from _cases_holdout191 import CASES as BLIND_191  # noqa: E402
from _cases_holdout192 import CASES as BLIND_192  # noqa: E402
from _cases_holdout193 import CASES as BLIND_193  # noqa: E402
from _cases_holdout194 import CASES as BLIND_194  # noqa: E402
from _cases_holdout195 import CASES as BLIND_195  # noqa: E402
from _cases_holdout196 import CASES as BLIND_196  # noqa: E402
from _cases_holdout197 import CASES as BLIND_197  # noqa: E402
from _cases_holdout198 import CASES as BLIND_198  # noqa: E402
from _cases_holdout199 import CASES as BLIND_199  # noqa: E402
from _cases_holdout200 import CASES as BLIND_200  # noqa: E402
from _cases_holdout201 import CASES as BLIND_201  # noqa: E402
from _cases_holdout202 import CASES as BLIND_202  # noqa: E402
from _cases_holdout203 import CASES as BLIND_203  # noqa: E402
from _cases_holdout204 import CASES as BLIND_204  # noqa: E402
from _cases_holdout205 import CASES as BLIND_205  # noqa: E402
from _cases_holdout206 import CASES as BLIND_206  # noqa: E402
from _cases_holdout207 import CASES as BLIND_207  # noqa: E402
from _cases_holdout208 import CASES as BLIND_208  # noqa: E402
from _cases_holdout209 import CASES as BLIND_209  # noqa: E402
from _cases_holdout210 import CASES as BLIND_210  # noqa: E402
from _cases_holdout211 import CASES as BLIND_211  # noqa: E402
from _cases_holdout212 import CASES as BLIND_212  # noqa: E402
from _cases_holdout213 import CASES as BLIND_213  # noqa: E402
from _cases_holdout214 import CASES as BLIND_214  # noqa: E402
from _cases_holdout215 import CASES as BLIND_215  # noqa: E402
from _cases_holdout216 import CASES as BLIND_216  # noqa: E402
from _cases_holdout217 import CASES as BLIND_217  # noqa: E402
from _cases_holdout218 import CASES as BLIND_218  # noqa: E402
from _cases_holdout219 import CASES as BLIND_219  # noqa: E402
from _cases_holdout220 import CASES as BLIND_220  # noqa: E402
from _cases_holdout221 import CASES as BLIND_221  # noqa: E402
from _cases_holdout222 import CASES as BLIND_222  # noqa: E402
from _cases_holdout223 import CASES as BLIND_223  # noqa: E402
from _cases_holdout224 import CASES as BLIND_224  # noqa: E402
from _cases_holdout225 import CASES as BLIND_225  # noqa: E402
from _cases_holdout226 import CASES as BLIND_226  # noqa: E402
from _cases_holdout227 import CASES as BLIND_227  # noqa: E402
from _cases_holdout228 import CASES as BLIND_228  # noqa: E402
from _cases_holdout229 import CASES as BLIND_229  # noqa: E402
from _cases_holdout230 import CASES as BLIND_230  # noqa: E402
from _cases_holdout231 import CASES as BLIND_231  # noqa: E402
from _cases_holdout232 import CASES as BLIND_232  # noqa: E402
from _cases_holdout233 import CASES as BLIND_233  # noqa: E402
from _cases_holdout234 import CASES as BLIND_234  # noqa: E402
from _cases_holdout235 import CASES as BLIND_235  # noqa: E402
from _cases_holdout236 import CASES as BLIND_236  # noqa: E402
from _cases_holdout237 import CASES as BLIND_237  # noqa: E402
from _cases_holdout238 import CASES as BLIND_238  # noqa: E402
from _cases_holdout239 import CASES as BLIND_239  # noqa: E402
from _cases_holdout240 import CASES as BLIND_240  # noqa: E402
from _cases_holdout241 import CASES as BLIND_241  # noqa: E402
from _cases_holdout242 import CASES as BLIND_242  # noqa: E402
from _cases_holdout243 import CASES as BLIND_243  # noqa: E402
from _cases_holdout244 import CASES as BLIND_244  # noqa: E402
from _cases_holdout245 import CASES as BLIND_245  # noqa: E402
from _cases_holdout246 import CASES as BLIND_246  # noqa: E402
from _cases_holdout247 import CASES as BLIND_247  # noqa: E402
from _cases_holdout248 import CASES as BLIND_248  # noqa: E402
from _cases_holdout249 import CASES as BLIND_249  # noqa: E402
from _cases_holdout250 import CASES as BLIND_250  # noqa: E402
from _cases_holdout251 import CASES as BLIND_251  # noqa: E402
from _cases_holdout252 import CASES as BLIND_252  # noqa: E402
from _cases_holdout253 import CASES as BLIND_253  # noqa: E402
from _cases_holdout254 import CASES as BLIND_254  # noqa: E402
from _cases_holdout255 import CASES as BLIND_255  # noqa: E402
from _cases_holdout256 import CASES as BLIND_256  # noqa: E402
from _cases_holdout257 import CASES as BLIND_257  # noqa: E402
from _cases_holdout258 import CASES as BLIND_258  # noqa: E402
from _cases_holdout259 import CASES as BLIND_259  # noqa: E402
from _cases_holdout260 import CASES as BLIND_260  # noqa: E402
from _cases_holdout261 import CASES as BLIND_261  # noqa: E402
from _cases_holdout262 import CASES as BLIND_262  # noqa: E402
from _cases_holdout263 import CASES as BLIND_263  # noqa: E402
from _cases_holdout264 import CASES as BLIND_264  # noqa: E402
from _cases_holdout265 import CASES as BLIND_265  # noqa: E402
from _cases_holdout266 import CASES as BLIND_266  # noqa: E402
from _cases_holdout267 import CASES as BLIND_267  # noqa: E402
from _cases_holdout268 import CASES as BLIND_268  # noqa: E402
from _cases_holdout269 import CASES as BLIND_269  # noqa: E402
from _cases_holdout270 import CASES as BLIND_270  # noqa: E402
from _cases_holdout271 import CASES as BLIND_271  # noqa: E402
from _cases_holdout272 import CASES as BLIND_272  # noqa: E402
from _cases_holdout273 import CASES as BLIND_273  # noqa: E402
from _cases_holdout274 import CASES as BLIND_274  # noqa: E402
from _cases_holdout275 import CASES as BLIND_275  # noqa: E402
from _cases_holdout276 import CASES as BLIND_276  # noqa: E402
from _cases_holdout277 import CASES as BLIND_277  # noqa: E402
from _cases_holdout278 import CASES as BLIND_278  # noqa: E402
from _cases_holdout279 import CASES as BLIND_279  # noqa: E402
from _cases_holdout280 import CASES as BLIND_280  # noqa: E402
from _cases_holdout281 import CASES as BLIND_281  # noqa: E402
from _cases_holdout282 import CASES as BLIND_282  # noqa: E402
from _cases_holdout283 import CASES as BLIND_283  # noqa: E402
from _cases_holdout284 import CASES as BLIND_284  # noqa: E402
from _cases_holdout285 import CASES as BLIND_285  # noqa: E402
from _cases_holdout286 import CASES as BLIND_286  # noqa: E402
from _cases_holdout287 import CASES as BLIND_287  # noqa: E402
from _cases_holdout288 import CASES as BLIND_288  # noqa: E402
from _cases_holdout289 import CASES as BLIND_289  # noqa: E402
from _cases_holdout290 import CASES as BLIND_290  # noqa: E402
from _cases_holdout291 import CASES as BLIND_291  # noqa: E402
from _cases_holdout292 import CASES as BLIND_292  # noqa: E402
from _cases_holdout293 import CASES as BLIND_293  # noqa: E402
from _cases_holdout294 import CASES as BLIND_294  # noqa: E402
from _cases_holdout295 import CASES as BLIND_295  # noqa: E402
from _cases_holdout296 import CASES as BLIND_296  # noqa: E402
from _cases_holdout297 import CASES as BLIND_297  # noqa: E402
from _cases_holdout298 import CASES as BLIND_298  # noqa: E402
from _cases_holdout299 import CASES as BLIND_299  # noqa: E402
from _cases_holdout300 import CASES as BLIND_300  # noqa: E402
from _cases_holdout301 import CASES as BLIND_301  # noqa: E402
from _cases_holdout302 import CASES as BLIND_302  # noqa: E402
from _cases_holdout303 import CASES as BLIND_303  # noqa: E402
from _cases_holdout304 import CASES as BLIND_304  # noqa: E402
from _cases_holdout305 import CASES as BLIND_305  # noqa: E402
from _cases_holdout306 import CASES as BLIND_306  # noqa: E402
from _cases_holdout307 import CASES as BLIND_307  # noqa: E402
from _cases_holdout308 import CASES as BLIND_308  # noqa: E402
from _cases_holdout309 import CASES as BLIND_309  # noqa: E402
from _cases_holdout310 import CASES as BLIND_310  # noqa: E402
from _cases_holdout311 import CASES as BLIND_311  # noqa: E402
from _cases_holdout312 import CASES as BLIND_312  # noqa: E402
from _cases_holdout313 import CASES as BLIND_313  # noqa: E402
from _cases_holdout314 import CASES as BLIND_314  # noqa: E402
from _cases_holdout315 import CASES as BLIND_315  # noqa: E402
from _cases_holdout316 import CASES as BLIND_316  # noqa: E402
from _cases_holdout317 import CASES as BLIND_317  # noqa: E402
from _cases_holdout318 import CASES as BLIND_318  # noqa: E402
from _cases_holdout319 import CASES as BLIND_319  # noqa: E402
from _cases_holdout320 import CASES as BLIND_320  # noqa: E402
from _cases_holdout321 import CASES as BLIND_321  # noqa: E402
from _cases_holdout322 import CASES as BLIND_322  # noqa: E402
from _cases_holdout323 import CASES as BLIND_323  # noqa: E402
from _cases_holdout324 import CASES as BLIND_324  # noqa: E402
from _cases_holdout325 import CASES as BLIND_325  # noqa: E402
from _cases_holdout326 import CASES as BLIND_326  # noqa: E402
from _cases_holdout327 import CASES as BLIND_327  # noqa: E402
from _cases_holdout328 import CASES as BLIND_328  # noqa: E402
from _cases_holdout329 import CASES as BLIND_329  # noqa: E402
from _cases_holdout330 import CASES as BLIND_330  # noqa: E402
from _cases_holdout331 import CASES as BLIND_331  # noqa: E402
from _cases_holdout332 import CASES as BLIND_332  # noqa: E402
from _cases_holdout333 import CASES as BLIND_333  # noqa: E402
from _cases_holdout334 import CASES as BLIND_334  # noqa: E402
from _cases_holdout335 import CASES as BLIND_335  # noqa: E402
from _cases_holdout336 import CASES as BLIND_336  # noqa: E402
from _cases_holdout337 import CASES as BLIND_337  # noqa: E402
from _cases_holdout338 import CASES as BLIND_338  # noqa: E402
from _cases_holdout339 import CASES as BLIND_339  # noqa: E402
from _cases_holdout340 import CASES as BLIND_340  # noqa: E402
from _cases_holdout341 import CASES as BLIND_341  # noqa: E402
from _cases_holdout342 import CASES as BLIND_342  # noqa: E402
from _cases_holdout343 import CASES as BLIND_343  # noqa: E402
from _cases_holdout344 import CASES as BLIND_344  # noqa: E402
from _cases_holdout345 import CASES as BLIND_345  # noqa: E402
from _cases_holdout346 import CASES as BLIND_346  # noqa: E402
from _cases_holdout347 import CASES as BLIND_347  # noqa: E402
from _cases_holdout348 import CASES as BLIND_348  # noqa: E402
from _cases_holdout349 import CASES as BLIND_349  # noqa: E402
from _cases_holdout350 import CASES as BLIND_350  # noqa: E402
from _cases_holdout351 import CASES as BLIND_351  # noqa: E402
from _cases_holdout352 import CASES as BLIND_352  # noqa: E402
from _cases_holdout353 import CASES as BLIND_353  # noqa: E402
from _cases_holdout354 import CASES as BLIND_354  # noqa: E402
from _cases_holdout355 import CASES as BLIND_355  # noqa: E402
from _cases_holdout356 import CASES as BLIND_356  # noqa: E402
from _cases_holdout357 import CASES as BLIND_357  # noqa: E402
from _cases_holdout358 import CASES as BLIND_358  # noqa: E402
from _cases_holdout359 import CASES as BLIND_359  # noqa: E402
from _cases_holdout360 import CASES as BLIND_360  # noqa: E402
from _cases_holdout361 import CASES as BLIND_361  # noqa: E402
from _cases_holdout362 import CASES as BLIND_362  # noqa: E402
from _cases_holdout363 import CASES as BLIND_363  # noqa: E402
from _cases_holdout364 import CASES as BLIND_364  # noqa: E402
from _cases_holdout365 import CASES as BLIND_365  # noqa: E402
from _cases_holdout366 import CASES as BLIND_366  # noqa: E402
from _cases_holdout367 import CASES as BLIND_367  # noqa: E402
from _cases_holdout368 import CASES as BLIND_368  # noqa: E402
from _cases_holdout369 import CASES as BLIND_369  # noqa: E402
from _cases_holdout370 import CASES as BLIND_370  # noqa: E402
from _cases_holdout371 import CASES as BLIND_371  # noqa: E402
from _cases_holdout372 import CASES as BLIND_372  # noqa: E402
from _cases_holdout373 import CASES as BLIND_373  # noqa: E402
from _cases_holdout374 import CASES as BLIND_374  # noqa: E402
from _cases_holdout375 import CASES as BLIND_375  # noqa: E402
from _cases_holdout376 import CASES as BLIND_376  # noqa: E402
from _cases_holdout377 import CASES as BLIND_377  # noqa: E402
from _cases_holdout378 import CASES as BLIND_378  # noqa: E402
from _cases_holdout379 import CASES as BLIND_379  # noqa: E402
from _cases_holdout380 import CASES as BLIND_380  # noqa: E402
from _cases_holdout381 import CASES as BLIND_381  # noqa: E402
from _cases_holdout382 import CASES as BLIND_382  # noqa: E402
from _cases_holdout383 import CASES as BLIND_383  # noqa: E402
from _cases_holdout384 import CASES as BLIND_384  # noqa: E402
from _cases_holdout385 import CASES as BLIND_385  # noqa: E402
from _cases_holdout386 import CASES as BLIND_386  # noqa: E402
from _cases_holdout387 import CASES as BLIND_387  # noqa: E402
from _cases_holdout388 import CASES as BLIND_388  # noqa: E402
from _cases_holdout389 import CASES as BLIND_389  # noqa: E402
from _cases_holdout390 import CASES as BLIND_390  # noqa: E402
from _cases_holdout391 import CASES as BLIND_391  # noqa: E402
from _cases_holdout392 import CASES as BLIND_392  # noqa: E402
from _cases_holdout393 import CASES as BLIND_393  # noqa: E402
from _cases_holdout394 import CASES as BLIND_394  # noqa: E402
from _cases_holdout395 import CASES as BLIND_395  # noqa: E402
from _cases_holdout396 import CASES as BLIND_396  # noqa: E402
from _cases_holdout397 import CASES as BLIND_397  # noqa: E402
from _cases_holdout398 import CASES as BLIND_398  # noqa: E402
from _cases_holdout399 import CASES as BLIND_399  # noqa: E402
from _cases_holdout400 import CASES as BLIND_400  # noqa: E402
from _cases_holdout401 import CASES as BLIND_401  # noqa: E402
from _cases_holdout402 import CASES as BLIND_402  # noqa: E402
from _cases_holdout403 import CASES as BLIND_403  # noqa: E402
from _cases_holdout404 import CASES as BLIND_404  # noqa: E402
from _cases_holdout405 import CASES as BLIND_405  # noqa: E402
from _cases_holdout406 import CASES as BLIND_406  # noqa: E402
from _cases_holdout407 import CASES as BLIND_407  # noqa: E402
from _cases_holdout408 import CASES as BLIND_408  # noqa: E402
from _cases_holdout409 import CASES as BLIND_409  # noqa: E402
from _cases_holdout410 import CASES as BLIND_410  # noqa: E402
from _cases_holdout411 import CASES as BLIND_411  # noqa: E402
from _cases_holdout412 import CASES as BLIND_412  # noqa: E402
from _cases_holdout413 import CASES as BLIND_413  # noqa: E402
from _cases_holdout414 import CASES as BLIND_414  # noqa: E402
from _cases_holdout415 import CASES as BLIND_415  # noqa: E402
from _cases_holdout416 import CASES as BLIND_416  # noqa: E402
from _cases_holdout417 import CASES as BLIND_417  # noqa: E402
from _cases_holdout418 import CASES as BLIND_418  # noqa: E402
from _cases_holdout419 import CASES as BLIND_419  # noqa: E402
from _cases_holdout420 import CASES as BLIND_420  # noqa: E402
from _cases_holdout421 import CASES as BLIND_421  # noqa: E402
from _cases_holdout422 import CASES as BLIND_422  # noqa: E402
from _cases_holdout423 import CASES as BLIND_423  # noqa: E402
from _cases_holdout424 import CASES as BLIND_424  # noqa: E402
from _cases_holdout425 import CASES as BLIND_425  # noqa: E402
from _cases_holdout426 import CASES as BLIND_426  # noqa: E402
from _cases_holdout427 import CASES as BLIND_427  # noqa: E402
from _cases_holdout428 import CASES as BLIND_428  # noqa: E402
from _cases_holdout429 import CASES as BLIND_429  # noqa: E402
from _cases_holdout430 import CASES as BLIND_430  # noqa: E402
from _cases_holdout431 import CASES as BLIND_431  # noqa: E402
from _cases_holdout432 import CASES as BLIND_432  # noqa: E402
from _cases_holdout433 import CASES as BLIND_433  # noqa: E402
from _cases_holdout434 import CASES as BLIND_434  # noqa: E402
from _cases_holdout435 import CASES as BLIND_435  # noqa: E402
from _cases_holdout436 import CASES as BLIND_436  # noqa: E402
from _cases_holdout437 import CASES as BLIND_437  # noqa: E402
from _cases_holdout438 import CASES as BLIND_438  # noqa: E402
from _cases_holdout439 import CASES as BLIND_439  # noqa: E402
from _cases_holdout440 import CASES as BLIND_440  # noqa: E402
from _cases_holdout441 import CASES as BLIND_441  # noqa: E402
from _cases_holdout442 import CASES as BLIND_442  # noqa: E402
from _cases_holdout443 import CASES as BLIND_443  # noqa: E402
from _cases_holdout444 import CASES as BLIND_444  # noqa: E402
from _cases_holdout445 import CASES as BLIND_445  # noqa: E402
from _cases_holdout446 import CASES as BLIND_446  # noqa: E402
from _cases_holdout447 import CASES as BLIND_447  # noqa: E402
from _cases_holdout448 import CASES as BLIND_448  # noqa: E402
from _cases_holdout449 import CASES as BLIND_449  # noqa: E402
from _cases_holdout450 import CASES as BLIND_450  # noqa: E402
from _cases_holdout451 import CASES as BLIND_451  # noqa: E402
from _cases_holdout452 import CASES as BLIND_452  # noqa: E402
from _cases_holdout453 import CASES as BLIND_453  # noqa: E402
from _cases_holdout454 import CASES as BLIND_454  # noqa: E402
from _cases_holdout455 import CASES as BLIND_455  # noqa: E402
from _cases_holdout456 import CASES as BLIND_456  # noqa: E402
from _cases_holdout457 import CASES as BLIND_457  # noqa: E402
from _cases_holdout458 import CASES as BLIND_458  # noqa: E402
from _cases_holdout459 import CASES as BLIND_459  # noqa: E402
from _cases_holdout460 import CASES as BLIND_460  # noqa: E402
from _cases_holdout461 import CASES as BLIND_461  # noqa: E402
from _cases_holdout462 import CASES as BLIND_462  # noqa: E402
from _cases_holdout463 import CASES as BLIND_463  # noqa: E402
from _cases_holdout464 import CASES as BLIND_464  # noqa: E402
from _cases_holdout465 import CASES as BLIND_465  # noqa: E402
from _cases_holdout466 import CASES as BLIND_466  # noqa: E402
from _cases_holdout467 import CASES as BLIND_467  # noqa: E402
from _cases_holdout468 import CASES as BLIND_468  # noqa: E402
from _cases_holdout469 import CASES as BLIND_469  # noqa: E402
from _cases_holdout470 import CASES as BLIND_470  # noqa: E402
from _cases_holdout471 import CASES as BLIND_471  # noqa: E402
from _cases_holdout472 import CASES as BLIND_472  # noqa: E402
from _cases_holdout473 import CASES as BLIND_473  # noqa: E402
from _cases_holdout474 import CASES as BLIND_474  # noqa: E402
from _cases_holdout475 import CASES as BLIND_475  # noqa: E402
from _cases_holdout476 import CASES as BLIND_476  # noqa: E402
from _cases_holdout477 import CASES as BLIND_477  # noqa: E402
from _cases_holdout478 import CASES as BLIND_478  # noqa: E402
from _cases_holdout479 import CASES as BLIND_479  # noqa: E402
from _cases_holdout480 import CASES as BLIND_480  # noqa: E402
from _cases_holdout481 import CASES as BLIND_481  # noqa: E402
from _cases_holdout482 import CASES as BLIND_482  # noqa: E402
from _cases_holdout483 import CASES as BLIND_483  # noqa: E402
from _cases_holdout484 import CASES as BLIND_484  # noqa: E402
from _cases_holdout485 import CASES as BLIND_485  # noqa: E402
from _cases_holdout486 import CASES as BLIND_486  # noqa: E402
from _cases_holdout487 import CASES as BLIND_487  # noqa: E402
from _cases_holdout488 import CASES as BLIND_488  # noqa: E402
from _cases_holdout489 import CASES as BLIND_489  # noqa: E402
from _cases_holdout490 import CASES as BLIND_490  # noqa: E402
from _cases_holdout491 import CASES as BLIND_491  # noqa: E402
from _cases_holdout492 import CASES as BLIND_492  # noqa: E402
from _cases_holdout493 import CASES as BLIND_493  # noqa: E402
from _cases_holdout494 import CASES as BLIND_494  # noqa: E402
from _cases_holdout495 import CASES as BLIND_495  # noqa: E402
from _cases_holdout496 import CASES as BLIND_496  # noqa: E402
from _cases_holdout497 import CASES as BLIND_497  # noqa: E402
from _cases_holdout498 import CASES as BLIND_498  # noqa: E402
from _cases_holdout499 import CASES as BLIND_499  # noqa: E402
from _cases_holdout500 import CASES as BLIND_500  # noqa: E402
from _cases_holdout501 import CASES as BLIND_501  # noqa: E402
from _cases_holdout502 import CASES as BLIND_502  # noqa: E402
from _cases_holdout503 import CASES as BLIND_503  # noqa: E402
from _cases_holdout504 import CASES as BLIND_504  # noqa: E402
from _cases_holdout505 import CASES as BLIND_505  # noqa: E402
from _cases_holdout506 import CASES as BLIND_506  # noqa: E402
from _cases_holdout507 import CASES as BLIND_507  # noqa: E402
from _cases_holdout508 import CASES as BLIND_508  # noqa: E402
from _cases_holdout509 import CASES as BLIND_509  # noqa: E402
from _cases_holdout510 import CASES as BLIND_510  # noqa: E402
from _cases_holdout511 import CASES as BLIND_511  # noqa: E402
from _cases_holdout512 import CASES as BLIND_512  # noqa: E402
from _cases_holdout513 import CASES as BLIND_513  # noqa: E402
from _cases_holdout514 import CASES as BLIND_514  # noqa: E402
from _cases_holdout515 import CASES as BLIND_515  # noqa: E402
from _cases_holdout516 import CASES as BLIND_516  # noqa: E402
from _cases_holdout517 import CASES as BLIND_517  # noqa: E402
from _cases_holdout518 import CASES as BLIND_518  # noqa: E402
from _cases_holdout519 import CASES as BLIND_519  # noqa: E402
from _cases_holdout520 import CASES as BLIND_520  # noqa: E402
from _cases_holdout521 import CASES as BLIND_521  # noqa: E402
from _cases_holdout522 import CASES as BLIND_522  # noqa: E402
from _cases_holdout523 import CASES as BLIND_523  # noqa: E402
from _cases_holdout524 import CASES as BLIND_524  # noqa: E402
from _cases_holdout525 import CASES as BLIND_525  # noqa: E402
from _cases_holdout526 import CASES as BLIND_526  # noqa: E402
from _cases_holdout527 import CASES as BLIND_527  # noqa: E402
from _cases_holdout528 import CASES as BLIND_528  # noqa: E402
from _cases_holdout529 import CASES as BLIND_529  # noqa: E402
from _cases_holdout530 import CASES as BLIND_530  # noqa: E402
from _cases_holdout531 import CASES as BLIND_531  # noqa: E402
from _cases_holdout532 import CASES as BLIND_532  # noqa: E402
from _cases_holdout533 import CASES as BLIND_533  # noqa: E402
from _cases_holdout534 import CASES as BLIND_534  # noqa: E402
from _cases_holdout535 import CASES as BLIND_535  # noqa: E402
from _cases_holdout536 import CASES as BLIND_536  # noqa: E402
from _cases_holdout537 import CASES as BLIND_537  # noqa: E402
from _cases_holdout538 import CASES as BLIND_538  # noqa: E402
from _cases_holdout539 import CASES as BLIND_539  # noqa: E402
from _cases_holdout540 import CASES as BLIND_540  # noqa: E402
from _cases_holdout541 import CASES as BLIND_541  # noqa: E402
from _cases_holdout542 import CASES as BLIND_542  # noqa: E402
from _cases_holdout543 import CASES as BLIND_543  # noqa: E402
from _cases_holdout544 import CASES as BLIND_544  # noqa: E402
from _cases_holdout545 import CASES as BLIND_545  # noqa: E402
from _cases_holdout546 import CASES as BLIND_546  # noqa: E402
from _cases_holdout547 import CASES as BLIND_547  # noqa: E402
from _cases_holdout548 import CASES as BLIND_548  # noqa: E402
from _cases_holdout549 import CASES as BLIND_549  # noqa: E402
from _cases_holdout550 import CASES as BLIND_550  # noqa: E402

CASES = [*HAND_WRITTEN, *BLIND_1, *BLIND_2, *BLIND_3, *BLIND_4]
# the newest blind sets stay apart, a measure of how unseen reports fare (bench only)
KEPT_BLIND = [*BLIND_5, *BLIND_6, *BLIND_7, *BLIND_8, *BLIND_9, *BLIND_10, *BLIND_11,
              *BLIND_12, *BLIND_13, *BLIND_14, *BLIND_15, *BLIND_16, *BLIND_17, *BLIND_18,
              *BLIND_19, *BLIND_20, *BLIND_21, *BLIND_22, *BLIND_23, *BLIND_24, *BLIND_25,
              *BLIND_26, *BLIND_27, *BLIND_28, *BLIND_29, *BLIND_30, *BLIND_31, *BLIND_32,
              *BLIND_33, *BLIND_34, *BLIND_35, *BLIND_36, *BLIND_37, *BLIND_38, *BLIND_39,
              *BLIND_40, *BLIND_41, *BLIND_42, *BLIND_43, *BLIND_44, *BLIND_45, *BLIND_46,
              *BLIND_47, *BLIND_48, *BLIND_49, *BLIND_50, *BLIND_51, *BLIND_52,
              *BLIND_53, *BLIND_54, *BLIND_55, *BLIND_56,
              *BLIND_57, *BLIND_58, *BLIND_59, *BLIND_60,
              *BLIND_61, *BLIND_62, *BLIND_63, *BLIND_64,
              *BLIND_65, *BLIND_66, *BLIND_67, *BLIND_68,
              *BLIND_69, *BLIND_70, *BLIND_71, *BLIND_72,
              *BLIND_73, *BLIND_74, *BLIND_75, *BLIND_76,
              *BLIND_77, *BLIND_78, *BLIND_79, *BLIND_80,
              *BLIND_81, *BLIND_82, *BLIND_83, *BLIND_84,
              *BLIND_85, *BLIND_86, *BLIND_87, *BLIND_88,
              *BLIND_89, *BLIND_90, *BLIND_91, *BLIND_92,
              *BLIND_93, *BLIND_94, *BLIND_95, *BLIND_96, *BLIND_97, *BLIND_98,
              *BLIND_99, *BLIND_100, *BLIND_101, *BLIND_102, *BLIND_103,
              *BLIND_104, *BLIND_105, *BLIND_106, *BLIND_107, *BLIND_108,
              *BLIND_109, *BLIND_110, *BLIND_111, *BLIND_112, *BLIND_113, *BLIND_114,
              *BLIND_115, *BLIND_116, *BLIND_117, *BLIND_118, *BLIND_119, *BLIND_120,
              *BLIND_121, *BLIND_122, *BLIND_123, *BLIND_124,
              *BLIND_125, *BLIND_126, *BLIND_127, *BLIND_128,
              *BLIND_129, *BLIND_130, *BLIND_131, *BLIND_132,
              *BLIND_133, *BLIND_134, *BLIND_135, *BLIND_136,
              *BLIND_137,
              *BLIND_138,
              *BLIND_139,
              *BLIND_140,
              *BLIND_141,
              *BLIND_142,
              *BLIND_143,
              *BLIND_144,
              *BLIND_145,
              *BLIND_146,
              *BLIND_147,
              *BLIND_148,
              *BLIND_149,
              *BLIND_150,
              *BLIND_151,
              *BLIND_152,
              *BLIND_153,
              *BLIND_154,
              *BLIND_155,
              *BLIND_156,
              *BLIND_157,
              *BLIND_158,
              *BLIND_159,
              *BLIND_160,
              *BLIND_161,
              *BLIND_162,
              *BLIND_163,
              *BLIND_164,
              *BLIND_165,
              *BLIND_166,
              *BLIND_167,
              *BLIND_168,
              *BLIND_169,
              *BLIND_170,
              *BLIND_171,
              *BLIND_172,
              *BLIND_173,
              *BLIND_174,
              *BLIND_175,
              *BLIND_176,
              *BLIND_177,
              *BLIND_178,
              *BLIND_179,
              *BLIND_180,
              *BLIND_181,
              *BLIND_182,
              *BLIND_183,
              *BLIND_184,
              *BLIND_185,
              *BLIND_186,
              *BLIND_187,
              *BLIND_188,
              *BLIND_189,
              *BLIND_190,
              *BLIND_191,
              *BLIND_192,
              *BLIND_193,
              *BLIND_194,
              *BLIND_195,
              *BLIND_196,
              *BLIND_197,
              *BLIND_198,
              *BLIND_199,
              *BLIND_200,
              *BLIND_201,
              *BLIND_202,
              *BLIND_203,
              *BLIND_204,
              *BLIND_205,
              *BLIND_206,
              *BLIND_207,
              *BLIND_208,
              *BLIND_209,
              *BLIND_210,
              *BLIND_211,
              *BLIND_212,
              *BLIND_213,
              *BLIND_214,
              *BLIND_215,
              *BLIND_216,
              *BLIND_217,
              *BLIND_218,
              *BLIND_219,
              *BLIND_220,
              *BLIND_221,
              *BLIND_222,
              *BLIND_223,
              *BLIND_224,
              *BLIND_225,
              *BLIND_226,
              *BLIND_227,
              *BLIND_228,
              *BLIND_229,
              *BLIND_230,
              *BLIND_231,
              *BLIND_232,
              *BLIND_233,
              *BLIND_234,
              *BLIND_235,
              *BLIND_236,
              *BLIND_237,
              *BLIND_238,
              *BLIND_239,
              *BLIND_240,
              *BLIND_241,
              *BLIND_242,
              *BLIND_243,
              *BLIND_244,
              *BLIND_245,
              *BLIND_246,
              *BLIND_247,
              *BLIND_248,
              *BLIND_249,
              *BLIND_250,
              *BLIND_251,
              *BLIND_252,
              *BLIND_253,
              *BLIND_254,
              *BLIND_255,
              *BLIND_256,
              *BLIND_257,
              *BLIND_258,
              *BLIND_259,
              *BLIND_260,
              *BLIND_261,
              *BLIND_262,
              *BLIND_263,
              *BLIND_264,
              *BLIND_265,
              *BLIND_266,
              *BLIND_267,
              *BLIND_268,
              *BLIND_269,
              *BLIND_270,
              *BLIND_271,
              *BLIND_272,
              *BLIND_273,
              *BLIND_274,
              *BLIND_275,
              *BLIND_276,
              *BLIND_277,
              *BLIND_278,
              *BLIND_279,
              *BLIND_280,
              *BLIND_281,
              *BLIND_282,
              *BLIND_283,
              *BLIND_284,
              *BLIND_285,
              *BLIND_286,
              *BLIND_287,
              *BLIND_288,
              *BLIND_289,
              *BLIND_290,
              *BLIND_291,
              *BLIND_292,
              *BLIND_293,
              *BLIND_294,
              *BLIND_295,
              *BLIND_296,
              *BLIND_297,
              *BLIND_298,
              *BLIND_299,
              *BLIND_300,
              *BLIND_301,
              *BLIND_302,
              *BLIND_303,
              *BLIND_304,
              *BLIND_305,
              *BLIND_306,
              *BLIND_307,
              *BLIND_308,
              *BLIND_309,
              *BLIND_310,
              *BLIND_311,
              *BLIND_312,
              *BLIND_313,
              *BLIND_314,
              *BLIND_315,
              *BLIND_316,
              *BLIND_317,
              *BLIND_318,
              *BLIND_319,
              *BLIND_320,
              *BLIND_321,
              *BLIND_322,
              *BLIND_323,
              *BLIND_324,
              *BLIND_325,
              *BLIND_326,
              *BLIND_327,
              *BLIND_328,
              *BLIND_329,
              *BLIND_330,
              *BLIND_331,
              *BLIND_332,
              *BLIND_333,
              *BLIND_334,
              *BLIND_335,
              *BLIND_336,
              *BLIND_337,
              *BLIND_338,
              *BLIND_339,
              *BLIND_340,
              *BLIND_341,
              *BLIND_342,
              *BLIND_343,
              *BLIND_344,
              *BLIND_345,
              *BLIND_346,
              *BLIND_347,
              *BLIND_348,
              *BLIND_349,
              *BLIND_350,
              *BLIND_351,
              *BLIND_352,
              *BLIND_353,
              *BLIND_354,
              *BLIND_355,
              *BLIND_356,
              *BLIND_357,
              *BLIND_358,
              *BLIND_359,
              *BLIND_360,
              *BLIND_361,
              *BLIND_362,
              *BLIND_363,
              *BLIND_364,
              *BLIND_365,
              *BLIND_366,
              *BLIND_367,
              *BLIND_368,
              *BLIND_369,
              *BLIND_370,
              *BLIND_371,
              *BLIND_372,
              *BLIND_373,
              *BLIND_374,
              *BLIND_375,
              *BLIND_376,
              *BLIND_377,
              *BLIND_378,
              *BLIND_379,
              *BLIND_380,
              *BLIND_381,
              *BLIND_382,
              *BLIND_383,
              *BLIND_384,
              *BLIND_385,
              *BLIND_386,
              *BLIND_387,
              *BLIND_388,
              *BLIND_389,
              *BLIND_390,
              *BLIND_391,
              *BLIND_392,
              *BLIND_393,
              *BLIND_394,
              *BLIND_395,
              *BLIND_396,
              *BLIND_397,
              *BLIND_398,
              *BLIND_399,
              *BLIND_400,
              *BLIND_401,
              *BLIND_402,
              *BLIND_403,
              *BLIND_404,
              *BLIND_405,
              *BLIND_406,
              *BLIND_407,
              *BLIND_408,
              *BLIND_409,
              *BLIND_410,
              *BLIND_411,
              *BLIND_412,
              *BLIND_413,
              *BLIND_414,
              *BLIND_415,
              *BLIND_416,
              *BLIND_417,
              *BLIND_418,
              *BLIND_419,
              *BLIND_420,
              *BLIND_421,
              *BLIND_422,
              *BLIND_423,
              *BLIND_424,
              *BLIND_425,
              *BLIND_426,
              *BLIND_427,
              *BLIND_428,
              *BLIND_429,
              *BLIND_430,
              *BLIND_431,
              *BLIND_432,
              *BLIND_433,
              *BLIND_434,
              *BLIND_435,
              *BLIND_436,
              *BLIND_437,
              *BLIND_438,
              *BLIND_439,
              *BLIND_440,
              *BLIND_441,
              *BLIND_442,
              *BLIND_443,
              *BLIND_444,
              *BLIND_445,
              *BLIND_446,
              *BLIND_447,
              *BLIND_448,
              *BLIND_449,
              *BLIND_450,
              *BLIND_451,
              *BLIND_452,
              *BLIND_453,
              *BLIND_454,
              *BLIND_455,
              *BLIND_456,
              *BLIND_457,
              *BLIND_458,
              *BLIND_459,
              *BLIND_460,
              *BLIND_461,
              *BLIND_462,
              *BLIND_463,
              *BLIND_464,
              *BLIND_465,
              *BLIND_466,
              *BLIND_467,
              *BLIND_468,
              *BLIND_469,
              *BLIND_470,
              *BLIND_471,
              *BLIND_472,
              *BLIND_473,
              *BLIND_474,
              *BLIND_475,
              *BLIND_476,
              *BLIND_477,
              *BLIND_478,
              *BLIND_479,
              *BLIND_480,
              *BLIND_481,
              *BLIND_482,
              *BLIND_483,
              *BLIND_484,
              *BLIND_485,
              *BLIND_486,
              *BLIND_487,
              *BLIND_488,
              *BLIND_489,
              *BLIND_490,
              *BLIND_491,
              *BLIND_492,
              *BLIND_493,
              *BLIND_494,
              *BLIND_495,
              *BLIND_496,
              *BLIND_497,
              *BLIND_498,
              *BLIND_499,
              *BLIND_500,
              *BLIND_501,
              *BLIND_502,
              *BLIND_503,
              *BLIND_504,
              *BLIND_505,
              *BLIND_506,
              *BLIND_507,
              *BLIND_508,
              *BLIND_509,
              *BLIND_510,
              *BLIND_511,
              *BLIND_512,
              *BLIND_513,
              *BLIND_514,
              *BLIND_515,
              *BLIND_516,
              *BLIND_517,
              *BLIND_518,
              *BLIND_519,
              *BLIND_520,
              *BLIND_521,
              *BLIND_522,
              *BLIND_523,
              *BLIND_524,
              *BLIND_525,
              *BLIND_526,
              *BLIND_527,
              *BLIND_528,
              *BLIND_529,
              *BLIND_530,
              *BLIND_531,
              *BLIND_532,
              *BLIND_533,
              *BLIND_534,
              *BLIND_535,
              *BLIND_536,
              *BLIND_537,
              *BLIND_538,
              *BLIND_539,
              *BLIND_540,
              *BLIND_541,
              *BLIND_542,
              *BLIND_543,
              *BLIND_544,
              *BLIND_545,
              *BLIND_546,
              *BLIND_547,
              *BLIND_548,
              *BLIND_549,
              *BLIND_550]
BLIND_DIR = HERE.parent / "police_cases_blind"


def build_transcript(lines: list[tuple[str | None, str]]) -> dict[str, Any]:
    segments = []
    clock = 1.2
    for i, (speaker, text) in enumerate(lines):
        words = []
        t = clock
        for raw in text.split():
            unsure = raw.startswith("~")
            word = raw.lstrip("~")
            dur = 0.12 + 0.045 * len(word)
            prob = 0.31 if unsure else round(0.86 + (len(word) * 7 % 13) / 100, 2)
            words.append({"start": round(t, 2), "end": round(t + dur, 2), "word": word,
                          "probability": min(prob, 0.99)})
            t += dur + 0.06
        clean = " ".join(w["word"] for w in words)
        segment: dict[str, Any] = {"id": i, "start": round(clock, 2), "end": round(t, 2),
                                   "text": clean, "words": words}
        if speaker is not None:
            segment["speaker"] = speaker
        segments.append(segment)
        # interruptions ("--") follow closely; other turns leave a pause
        clock = t + (0.15 if clean.endswith("--") else 0.7 + (i % 3) * 0.4)
    return {"language": "en", "duration": round(clock + 1.0, 2),
            "engine": "hand-written test transcript", "media_sha256": None,
            "segments": segments}


def build_case(case: dict[str, Any]) -> dict[str, Any]:
    report_parts: list[str] = []
    labels: dict[str, list[Any]] = {"problems": [], "bias": [], "faithful": []}
    for item in case["report"]:
        if item == "\n":
            report_parts.append("\n\n")
            continue
        kind, text = item[0], item[1]
        bias = re.findall(r"\[\[(.+?)\]\]", text)
        clean = re.sub(r"\[\[(.+?)\]\]", r"\1", text)
        labels["bias"].extend(bias)
        if kind == "ok":
            entry: dict[str, Any] = {"text": clean}
            if len(item) > 2 and item[2]:
                entry["segments"] = list(item[2])
            labels["faithful"].append(entry)
        elif kind.startswith("bad:"):
            target = item[2] if len(item) > 2 and item[2] else clean
            if target not in clean:
                raise SystemExit(f"{case['name']}: {target!r} not in {clean!r}")
            labels["problems"].append({"type": kind[4:], "text": target})
        elif kind != "bias":
            raise SystemExit(f"{case['name']}: unknown item kind {kind}")
        if report_parts and not report_parts[-1].endswith("\n\n"):
            report_parts.append(" ")
        report_parts.append(clean)
    report = "".join(report_parts).strip() + "\n"
    return {
        "name": case["name"],
        "description": case["description"],
        "transcript": build_transcript(case["lines"]),
        "report": report,
        "meta": case.get("meta"),
        "officer_account": case.get("officer_account"),
        "attention_sentences": case.get("attention_sentences", []),
        "labels": labels,
    }


def main() -> None:
    BLIND_DIR.mkdir(exist_ok=True)
    for folder, cases in ((HERE, CASES), (BLIND_DIR, KEPT_BLIND)):
        for case in cases:
            out = build_case(case)
            (folder / f"{case['name']}.json").write_text(
                json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(cases)} cases to {folder}")


if __name__ == "__main__":
    main()
