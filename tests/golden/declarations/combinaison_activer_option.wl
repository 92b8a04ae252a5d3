// `c[Option] = Vrai` active une option d'une variable combinaison, `= Faux` la désactive
OptionsFichier est une Combinaison
	CréationFic
	LectureFic
	EcritureFic
	SuppressionFic
FIN
ActionFichier est un OptionsFichier
ActionFichier = 0 // aucune option
SI PAS ActionFichier[LectureFic] ALORS Trace("aucune option") // expect: aucune option
ActionFichier[LectureFic] = Vrai
ActionFichier[EcritureFic] = Vrai
SI ActionFichier[LectureFic] ET ActionFichier[EcritureFic] ALORS Trace("lecture et écriture") // expect: lecture et écriture
ActionFichier[LectureFic] = Faux
SI ActionFichier[LectureFic] ALORS Trace("lecture") SINON Trace("lecture désactivée") // expect: lecture désactivée
SI ActionFichier[EcritureFic] ALORS Trace("écriture gardée") // expect: écriture gardée
ActionFichier[CréationFic + SuppressionFic] = Vrai
SI ActionFichier = CréationFic + EcritureFic + SuppressionFic ALORS Trace("trois options") // expect: trois options
ActionFichier[EcritureFic + SuppressionFic] = Faux
SI ActionFichier = CréationFic ALORS Trace("création seule") // expect: création seule
Tâche est une Structure
	Actions est un OptionsFichier
FIN
t est une Tâche
t.Actions[SuppressionFic] = Vrai
SI t.Actions[SuppressionFic] ET PAS t.Actions[LectureFic] ALORS Trace("membre activé") // expect: membre activé
tab est un tableau de 3 entiers
tab[2] = 7
Trace(tab[2]) // expect: 7
ActiveLecture(ActionFichier)
SI ActionFichier[LectureFic] ALORS Trace("paramètre par référence") // expect: paramètre par référence

PROCÉDURE ActiveLecture(Options est un OptionsFichier)
Options[LectureFic] = Vrai
