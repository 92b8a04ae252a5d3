// `c..Nom` sur une variable d'une combinaison donne les noms des options qui y sont
// activées, dans l'ordre de leur déclaration, joints par " + " comme la valeur s'écrit
// dans le code ; "" quand aucune ne l'est (décidé : docs/semantics.md "Enumerations and
// combinations"). Cela arrêtait l'exécution.
OptionsFichier est une Combinaison
	LectureFic
	EcritureFic
	SuppressionFic
FIN
action est un OptionsFichier = LectureFic + SuppressionFic
Trace(action..Nom)   // expect: LectureFic + SuppressionFic
action = 0
Trace("[" + action..Nom + "]")   // expect: []
action[EcritureFic] = Vrai
Trace(action..Name)   // expect: EcritureFic
t est un tableau de 2 OptionsFichier
t[1] = SuppressionFic + LectureFic + EcritureFic
Trace(t[1]..Nom)   // expect: LectureFic + EcritureFic + SuppressionFic
Trace(Affiché(LectureFic + EcritureFic))   // expect: LectureFic + EcritureFic

PROCÉDURE Affiché(c est un OptionsFichier)
RENVOYER c..Nom
