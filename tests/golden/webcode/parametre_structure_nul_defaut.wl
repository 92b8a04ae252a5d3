// Un paramètre structure déclaré avec Null pour valeur par défaut (`stHttpClientOption
// est STHttpOption = null` dans un SDK Firebase pour WINDEV, puis `si
// stHttpClientOption = null` pour choisir GET ou POST) : sans structure donnée (le défaut,
// ou Null) il n'en désigne aucune, `= Null` est Vrai, et lire un de ses membres arrête
// l'exécution en nommant le paramètre. L'appel s'arrêtait avant ("A value of type Null
// cannot be stored in the structure STOptionEnvoi."). Une structure donnée est celle de
// l'appelant, comme avant.
STOptionEnvoi est une Structure
	sContentType est une chaîne
	taEntête est un tableau associatif de chaînes
FIN
Trace(Prépare("commandes")) // expect: GET commandes
stOpt est un STOptionEnvoi
stOpt.taEntête["X-Cle"] = "42"
Trace(Prépare("commandes", stOpt)) // expect: POST commandes application/json X-Cle=42
stOpt.sContentType = "text/plain"
Trace(Prépare("commandes", stOpt)) // expect: POST commandes text/plain X-Cle=42
Trace(Prépare("commandes", Null)) // expect: GET commandes
QUAND EXCEPTION DANS
	Trace(TypeDeContenu())
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: stOption is Null: no STOptionEnvoi structure to use 'sContentType' on (it was given Null).
FIN

PROCÉDURE Prépare(sUrl est une chaîne, stOption est STOptionEnvoi = null)
si stOption = null
	RENVOYER "GET " + sUrl
fin
sTexte est une chaîne = "POST " + sUrl + " " + (stOption.sContentType = "" ? typeMimeJSON SINON stOption.sContentType)
POUR TOUT ÉLÉMENT sValeur, sClé DE stOption.taEntête
	sTexte += " " + sClé + "=" + sValeur
FIN
RENVOYER sTexte

PROCÉDURE TypeDeContenu(stOption est STOptionEnvoi = Null)
RENVOYER stOption.sContentType
