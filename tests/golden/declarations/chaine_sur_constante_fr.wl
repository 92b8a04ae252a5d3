// `chaîne sur N` où N est une constante entière tient au plus N caractères, comme
// `chaîne sur 4` (il gardait chaque caractère).
CONSTANTE
	TAILLE_CODE = 3
FIN
sCode est une chaîne sur TAILLE_CODE = "ABCDEF"
Trace(sCode, Taille(sCode)) // expect: ABC, 3
sFixe est une chaîne fixe sur TAILLE_CODE = "A"
Trace("[" + sFixe + "]") // expect: [A  ]
STArticle est une Structure
	code est une CHAINE SUR taille_code
FIN
stArticle est un STArticle
stArticle.code = "XYZW"
Trace(stArticle.code) // expect: XYZ
