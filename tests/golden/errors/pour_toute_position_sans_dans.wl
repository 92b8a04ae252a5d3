// POUR TOUTE POSITION sans DANS et le texte : une erreur de syntaxe qui montre la forme
// entière avec les mots français (elle montrait OF et IN)
s est une chaîne = "a;b"
POUR TOUTE POSITION p DE ";"
	Trace(p)
FIN
// expect error: POUR TOUTE POSITION needs the string searched and where: POUR TOUTE POSITION p DE "ab" DANS s
