// `o[Option]` sur une combinaison est un booléen, Vrai quand l'option est activée (page
// ?1514074 : `SI ActionFichier[EcritureFic] ALORS`) : TypeVar donne wlBooléen, il vaut
// Vrai ou Faux, et s'affiche 1 / 0 comme tout booléen (docs/semantics.md "Booleans print
// as 1 / 0"), true / false en JSON.
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
	EcritureFic
	SuppressionFic
FIN
ActionFichier est un TypeCombinaison = LectureFic + EcritureFic
Trace(ActionFichier[EcritureFic], ActionFichier[SuppressionFic])   // expect: 1, 0
Trace(TypeVar(ActionFichier[EcritureFic]) = wlBooléen)   // expect: 1
Trace(ActionFichier[LectureFic] = Vrai, ActionFichier[CréationFic] = Faux)   // expect: 1, 1
v est un Variant = ActionFichier[LectureFic]
Trace(v..Type = wlBooléen)   // expect: 1
Trace(VariantVersJSON(ActionFichier[SuppressionFic]))   // expect: false
b est un booléen = ActionFichier[LectureFic + EcritureFic]
SI b ALORS Trace("lecture et écriture")   // expect: lecture et écriture
