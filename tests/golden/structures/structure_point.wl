// STRUCTURE ... FIN, membres avec "."
Client est une Structure
	Nom est une chaîne
	Âge est un entier
FIN
c est un Client
c.Nom = "Martin"
c.Âge = 42
Trace(c.Nom + " (" + c.Âge + ")") // expect: Martin (42)
