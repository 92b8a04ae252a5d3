// Niveau::Haut, Niveau une énumération (Opt::B, Opt une combinaison) : ses valeurs
// s'écrivent Niveau.Haut ; la vérification disait « 'Niveau' is not declared » d'un nom
// déclaré (R2 constat 11, M2)
Niveau est une énumération
	Bas
	Haut
FIN
Opt est une combinaison
	A
	B
FIN
x est un Niveau = Niveau::Haut // error: WL110:19 'Niveau' is an enumeration, not a class: its values are written Niveau.Haut
c est un Opt = Opt::B // error: WL110:16 'Opt' is a combination, not a class: its values are written Opt.B
Trace(x, c)
