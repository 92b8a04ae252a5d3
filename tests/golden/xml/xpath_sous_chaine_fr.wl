// substring() de XPath suit XPath 1.0 : les positions de round(début) à avant
// round(début) + round(longueur), comparées en virgule flottante, une moitié arrondie vers
// le haut. Un début NaN (`number('x')`, `0 div 0`) arrêtait le script avec le message de
// Python "cannot convert float NaN to integer" (même QUAND EXCEPTION ne l'attrapait pas) :
// il donne "" ; une longueur infinie arrêtait avec "Numeric overflow" : elle va jusqu'à la
// fin ; substring('12345', 2.5) donnait 2345 : il donne 345 (docs/builtins.md "XPath").
XMLDocument("d", "<a>12345</a>")
Trace(XMLExécuteXPath("d", "substring('12345', number('x'), 3)"), "[" + XMLRésultat("d") + "]") // expect: 1, []
Trace(XMLExécuteXPath("d", "substring('12345', 0 div 0, 3)"), "[" + XMLRésultat("d") + "]") // expect: 1, []
Trace(XMLExécuteXPath("d", "substring('12345', 1, 1 div 0)"), XMLRésultat("d")) // expect: 1, 12345
Trace(XMLExécuteXPath("d", "substring('12345', -42, 1 div 0)"), XMLRésultat("d")) // expect: 1, 12345
Trace(XMLExécuteXPath("d", "substring('12345', -1 div 0, 1 div 0)"), "[" + XMLRésultat("d") + "]") // expect: 1, []
Trace(XMLExécuteXPath("d", "substring('12345', 2.5)"), XMLRésultat("d")) // expect: 1, 345
Trace(XMLExécuteXPath("d", "substring('12345', 1.5, 2.6)"), XMLRésultat("d")) // expect: 1, 234
Trace(XMLExécuteXPath("d", "substring('12345', 0, 3)"), XMLRésultat("d")) // expect: 1, 12
Trace(XMLExécuteXPath("d", "substring(/a, 2, 3)"), XMLRésultat("d")) // expect: 1, 234
Trace(XMLExécuteXPath("d", "round(2.5)"), XMLRésultat("d"), XMLExécuteXPath("d", "round(-2.5)"), XMLRésultat("d")) // expect: 1, 3, 1, -2
