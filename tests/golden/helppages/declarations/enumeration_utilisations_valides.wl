// Page d'aide "Enumération (Type de variable)" (?1514067) : ce qui reste permis à côté
// des affectations refusées (voir enumeration_valid_uses.wl), en français.
TypeAutomate est une Enumération
	Marche
	Arrêté = "a"
	EnMaintenance
	EnPanne
FIN
Poste1 est un TypeAutomate
Poste1 = TypeAutomate.EnMaintenance
v est un variant = Poste1
Poste1 = Marche
Poste1 = v
Trace(Poste1, Poste1..Nom, Poste1..Valeur)   // expect: EnMaintenance, EnMaintenance, 3
Trace(Poste1 = EnMaintenance, Poste1 = Marche) // expect: 1, 0
Décrire(Arrêté)                              // expect: Arrêté a
POUR TOUT t DE TypeAutomate
	Trace(t)
FIN
// expect: Marche
// expect: Arrêté
// expect: EnMaintenance
// expect: EnPanne
PROCÉDURE Décrire(p est un TypeAutomate)
Trace(p..Nom + " " + p..Valeur)
