// `(A + B)..Valeur` sur des options d'une combinaison jointes par `+` ou `|` donne leurs
// valeurs associées combinées, comme `c..Valeur` sur une variable qui les tient ; elle
// donnait leurs drapeaux par rang (3 pour LectureSeule + Caché). `..Nom` lit les mêmes
// options. (décidé : docs/semantics.md "Enumerations and combinations")
AttributsFichier est une Combinaison
	LectureSeule = 1
	Caché = 4
	Archive = 8
FIN
Trace((LectureSeule + Caché)..Valeur)   // expect: 5
Trace((Caché | Archive)..Valeur)   // expect: 12
Trace((LectureSeule + AttributsFichier.Archive)..Nom)   // expect: LectureSeule + Archive
c est un AttributsFichier = LectureSeule + Caché
Trace(c..Valeur = (LectureSeule + Caché)..Valeur)   // expect: 1
Trace((LectureSeule + Caché + Archive)..Valeur)   // expect: 13
