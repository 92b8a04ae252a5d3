// number() de XPath lit un texte comme la grammaire de XPath 1.0 écrit un nombre : des
// chiffres avec un point éventuel, un moins éventuel, des espaces, tabulations ou fins de
// ligne autour ; tout le reste est NaN. Il prenait les formes de Python ('1e3' donnait
// 1000, 'Infinity' et ' +5' des nombres). string() et XMLRésultat écrivent un nombre sans
// exposant : 0.0000001, pas 1e-07 (docs/builtins.md "XPath numbers written and read").
XMLDocument("d", "<r><v>1e3</v><v> 42 </v><v>+5</v></r>")
Trace(XMLExécuteXPath("d", "number('1e3')"), XMLRésultat("d")) // expect: 1, NaN
Trace(XMLExécuteXPath("d", "number('Infinity')"), XMLRésultat("d")) // expect: 1, NaN
Trace(XMLExécuteXPath("d", "number(' +5')"), XMLRésultat("d")) // expect: 1, NaN
Trace(XMLExécuteXPath("d", "number('  -12.50 ')"), XMLRésultat("d")) // expect: 1, -12.5
Trace(XMLExécuteXPath("d", "number('.5') + number('5.')"), XMLRésultat("d")) // expect: 1, 5.5
Trace(XMLExécuteXPath("d", "sum(//v[2])"), XMLRésultat("d")) // expect: 1, 42
Trace(XMLExécuteXPath("d", "count(//v[. > 0])"), XMLRésultat("d")) // expect: 1, 1
Trace(XMLExécuteXPath("d", "string(0.0000001)"), XMLRésultat("d")) // expect: 1, 0.0000001
Trace(XMLExécuteXPath("d", "1 div 8"), XMLRésultat("d")) // expect: 1, 0.125
Trace(XMLExécuteXPath("d", "1000000 * 1000000 * 1000000 * 1000"), XMLRésultat("d")) // expect: 1, 1000000000000000000000
Trace(XMLExécuteXPath("d", "-0"), XMLRésultat("d")) // expect: 1, 0
