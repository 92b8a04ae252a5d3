// Une méthode de l'objet courant nommée `:Méthode` (ou seule) là où une procédure est
// attendue, un paramètre déclaré `est une procédure` d'une procédure ou du constructeur
// d'une classe, est une référence à cette méthode sur l'objet courant, comme
// `TableauTrie(t, ttFonction, Cmp)` dans une méthode l'était déjà (vrai serveur :
// `:threadWorker = allouer un ThreadRunner(:id, :threadTraitement)`). C'était un appel
// sans arguments : « threadTraitement expects 3 parameter(s) but received 0 ».
CTreuil est une Classe
	nom est une chaîne = "T1"
	worker est CRunner dynamique
FIN
CRunner est une Classe
	id est un entier
	rappel est une procédure
FIN

t est un CTreuil
t.Démarre() // expect: traite 7 th7 T1 arrêt=0
t.Encore() // expect: traite 8 encore T1 arrêt=1

PROCÉDURE CTreuil::Démarre()
:worker = allouer un CRunner(7, :Traite)
:worker.Lance()
PROCÉDURE CTreuil::Encore()
Planifie(8, :Traite)
PROCÉDURE PRIVÉE CTreuil::Traite(id, nomThread est une chaîne, arrêtDemandé est une procédure)
Trace("traite " + id + " " + nomThread + " " + :nom + " arrêt=" + arrêtDemandé())
PROCÉDURE CRunner::Constructeur(id est un entier, cb est une procédure)
:id = id
:rappel = cb
PROCÉDURE CRunner::Lance()
:rappel(:id, "th" + :id, ()=>Faux)
PROCÉDURE Planifie(n est un entier, p est une procédure)
p(n, "encore", ()=>Vrai)
