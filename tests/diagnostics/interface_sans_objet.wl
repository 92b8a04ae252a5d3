// une interface n'a ni membre ni code : `nouveau IForme` est WL110
IForme est une Interface
	PROCÉDURE Aire()
FIN
f est un IForme <- nouveau IForme // error: WL110:20 IForme is an interface: it has no objects of its own; create an object of a class that implements it
Trace(f.Aire())
