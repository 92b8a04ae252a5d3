// Clone ?1000024843, son exemple écrit avec les noms français, la classe Feu est à nous.
// Son Etat est un entier : RougeFoncé et VertFoncé sont des constantes de couleurs (des
// entiers RVB). Les deux derniers commentaires de la page contredisent ses propres
// lignes (CopieFeu a changé l'adresse de FeuStop) : ce qu'ils montrent, que changer le
// clone laisse FeuStop tel qu'il était, est ce qui est vérifié.
Feu est une Classe
	Adresse est une chaîne
	Etat est un entier
FIN
// Un feu de circulation au nord de Phoenix, au 4725 E. Mayo Blvd.
// Il est rouge
FeuStop est un Feu
FeuStop.Adresse = "4725 E. Mayo Blvd., Phoenix, AZ"
FeuStop.Etat = RougeFoncé
// Si l'objet est simplement copié...
CopieFeu est un Feu dynamique = FeuStop
CopieFeu.Adresse = "5599 E. Mayo Blvd., Phoenix, AZ"
// L'adresse de FeuStop a aussi changé...!
Trace(FeuStop.Adresse) // expect: 5599 E. Mayo Blvd., Phoenix, AZ
// Si l'objet est cloné...
CloneFeu est un Feu dynamique = Clone(FeuStop)
Trace(CloneFeu.Adresse, CloneFeu.Etat = RougeFoncé) // expect: 5599 E. Mayo Blvd., Phoenix, AZ, 1
CloneFeu.Adresse = "4725 E. Mayo Blvd., Phoenix, AZ"
Trace(FeuStop.Adresse) // expect: 5599 E. Mayo Blvd., Phoenix, AZ
CloneFeu.Etat = VertFoncé
Trace(FeuStop.Etat = RougeFoncé, CloneFeu.Etat = VertFoncé) // expect: 1, 1
Trace(FeuStop.Etat, CloneFeu.Etat) // expect: 128, 32768
