// une instruction continue entre parenthèses sur plusieurs lignes, sans « ... »
s est une chaîne = Complète("ab",
	4, "-")
Trace(s) // expect: ab--
