// Les valeurs d'une énumération s'écrivent Niveau.Haut : Niveau::Haut (comme un membre
// global de classe) arrête l'exécution en le disant ; elle disait « Unknown class
// 'Niveau'. » d'un nom déclaré (R2 constat 11, M2, 7 déc. 2026)
Niveau est une énumération
	Bas
	Haut
FIN
x est un Niveau = Niveau.Haut
Trace(x) // expect: Haut
y est un Niveau = Niveau::Haut // expect error: 'Niveau' is an enumeration, not a class: its values are written Niveau.Haut.
