// Les sortes de HErreurInfo (eHERRORINFO de HFConstant.h, 1070-1093 ; docs/builtins.md
// "Constant values") : les nombres de l'en-tête ; une sorte dont wlinterp ne sait rien
// donne "", comme le runtime de WINDEV Mobile, là où elle donnait le message
Trace(hErrMessage, hErrFichier, hErrRubrique, hErrWDD, hErrFIC, hErrNDX, hErrMMO, hErrLiaison)   // expect: 1070, 1071, 1072, 1073, 1074, 1075, 1076, 1077
Trace(hErrCodeSystème, hErrMessageSysteme, hErrNumEnr, hErrInfo, hErrBaseCode, hErrCodeNatif)   // expect: 1078, 1079, 1080, 1081, 1083, 1084
Trace(hErrCodeADO, hErrBaseMessage, hErrMessageNatif, hErrMessageADO, hErrComplet)   // expect: 1085, 1086, 1087, 1088, 1089
Trace(hErrInfoClient, hErrInfoServeur, hErrInfoBlocage, hErrServeur)   // expect: 1090, 1091, 1092, 1093
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@exemple.fr"
HAjoute(Customer)
HRAZ(Customer)
Customer.Name = "Martin"
Customer.Email = "dupont@exemple.fr"
SI PAS HAjoute(Customer) ALORS
	// les sortes que demande un vrai traitement d'erreur
	Trace(HErreurDoublon(), HErreurInfo(hErrFichier), HErreurInfo(hErrRubrique))   // expect: 1, Customer, Email
	Trace(Taille(HErreurInfo(hErrMessage)) > 0, HErreurInfo(hErrMessage) = HErreurInfo())   // expect: 1, 1
	// hErrInfo : le message d'abord, puis les mots de la base
	Trace(Position(HErreurInfo(hErrInfo), HErreurInfo()) = 1)   // expect: 1
	// errComplet de ErreurInfo (19) donne aussi le détail complet de HErreurInfo
	Trace(HErreurInfo(19) = HErreurInfo(hErrComplet))   // expect: 1
	// le code de la base elle-même : le code étendu de SQLite, le SQLSTATE de PostgreSQL
	sCode est une chaîne = HErreurInfo(hErrBaseCode)
	Trace(sCode <> "", Position("2067 23505", sCode) > 0)   // expect: 1, 1
	// rien de connu du système, de la couche native, du blocage ni du serveur
	Trace("[" + HErreurInfo(hErrCodeSystème) + HErreurInfo(hErrMessageSystème) + HErreurInfo(hErrCodeNatif) + "]")   // expect: []
	Trace("[" + HErreurInfo(hErrInfoBlocage) + HErreurInfo(hErrServeur) + HErreurInfo(hErrLiaison) + "]")   // expect: []
	// un nombre qui n'est aucune sorte : "" aussi
	Trace("[" + HErreurInfo(12345) + "]")   // expect: []
FIN
// après un succès chaque sorte est vide
HRAZ(Customer)
Customer.Name = "Martin"
Customer.Email = "martin@exemple.fr"
Trace(HAjoute(Customer), "[" + HErreurInfo(hErrInfo) + HErreurInfo(hErrFichier) + HErreurInfo(hErrBaseCode) + "]")   // expect: 1, []
// une requête que la base refuse donne aussi son code (SQLite 1, PostgreSQL 42P01)
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, "SELECT * FROM no_such_table"), Position("1 42P01", HErreurInfo(hErrBaseCode)) > 0)   // expect: 0, 1
