// structure contenant un tableau et une autre structure ; initialisation par liste
Adresse est une Structure
	Ville est une chaîne
	CP est une chaîne
FIN
Contact est une Structure
	Nom est une chaîne
	Tél est un tableau de chaînes
	Adr est une Adresse
FIN
c est un Contact
c.Nom = "Léa"
Ajoute(c.Tél, "0102030405")
c.Adr.Ville = "Lyon"
Trace(c.Nom, c.Tél[1], c.Adr.Ville) // expect: Léa, 0102030405, Lyon
a est une Adresse = ["Paris", "75001"]
Trace(a.CP) // expect: 75001
