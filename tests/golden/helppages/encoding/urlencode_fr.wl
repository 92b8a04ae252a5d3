// Pages d'aide URLEncode (?3024040) et URLDécode (?3024041) de doc.pcsoft.fr, leurs
// exemples tels qu'écrits, un Trace là où la page dit ce que contient la variable.
// L'appel à Info devient un Trace ; la page n'en donne pas le résultat : la ligne fixe
// notre lecture (une URL encodée en paramètre voit ses séparateurs et ses % encodés).
// Encode une URL
URLEncodée est une chaîne = URLEncode("http://mon site/ma page")
// URLEncodée contient maintenant http://mon%20site/ma%20page
Trace(URLEncodée) // expect: http://mon%20site/ma%20page
MonURL est une chaîne UNICODE = "http://mon site/ma page"
MonURLEncodée est une chaîne
// Encode une URL
MonURLEncodée = URLEncode(MonURL, encodeURLDepuisUnicode)
Trace(MonURLEncodée) // expect: http://mon%20site/ma%20page
// Encodage d'une URL avec un paramètre de type URL
Trace(URLEncode("https://www.google.fr/?", encodeURLDepuisAnsi) + ...
URLEncode(URLEncode("https://www.google.fr/?é", encodeURLDepuisAnsi), encodeURLParamètre))
// expect: https://www.google.fr/?https%3A%2F%2Fwww.google.fr%2F%3F%25E9
// Décode une URL
URLDécodée est une chaîne = URLDécode("http://monsite/mon%20etat")
// URLDécodée contient : http://monsite/mon etat
Trace(URLDécodée) // expect: http://monsite/mon etat
// Ses remarques : les caractères admissibles restent tels quels, "+" devient un espace,
// une URL vide reste vide, %26%238364%3B est le symbole euro.
Trace(URLEncode("a;/?:@&=+$,-_.!~*'()%#Z9")) // expect: a;/?:@&=+$,-_.!~*'()%#Z9
Trace(URLDécode("a+b")) // expect: a b
Trace("[" + URLDécode("") + "]") // expect: []
Trace(URLDécode("%26%238364%3B")) // expect: €
Trace(URLDécode(URLEncode("café", encodeURLDepuisAnsi), encodeURLVersAnsi)) // expect: café
