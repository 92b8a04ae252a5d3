// Une indirection dans une méthode qui nomme un membre de l'objet
// (`{"m_jsonDocumentTemp.fields." + sNom + ".stringValue", indVariable} = sValeur`, une
// classe de document Firestore d'un SDK Firebase pour WINDEV) : elle s'arrêtait ("no
// variable of the main code is named 'm_jsonDocumentTemp'") ; elle atteint le membre
// comme le code de la méthode. Aussi de là : `..Membre` d'un membre listé par `..Membre`
// (une feuille n'en a aucun : `m..Membre..Occurrence = 0`), un élément dans le chemin
// (`...values[1].stringValue` : l'élément d'un tableau JSON, créé par l'écriture ; c'était
// un membre nommé "values[1]") et la constante wlChaîneAnsi (le TypeVar d'une chaîne,
// comme pour `chaîne ANSI`).
CONSTANTE CHAMPS = "fields"
CDocument est une Classe
	PRIVÉ
		m_jsonDoc est un JSON
		m_nCompte est un entier
FIN
doc est un CDocument
doc.DéfinitTexte("nom", "Ana")
doc.DéfinitNombre("âge", 30)
jAdresse est un JSON
jAdresse.ville = "Paris"
jAdresse.cp = 75001
doc.DéfinitObjet(jAdresse)
Trace(doc.Construit()) // expect: {"fields":{"nom":{"stringValue":"Ana"},"âge":{"integerValue":30},"ville":{"stringValue":"Paris"},"cp":{"integerValue":75001}}}
Trace(doc.Compté()) // expect: 4
tabEtiquettes est un tableau de chaînes = ["rouge", "bleu"]
doc.DéfinitTableau("étiquettes", tabEtiquettes)
Trace(doc.Construit()) // expect: {"fields":{"nom":{"stringValue":"Ana"},"âge":{"integerValue":30},"ville":{"stringValue":"Paris"},"cp":{"integerValue":75001},"étiquettes":{"arrayValue":{"values":[{"stringValue":"rouge"},{"stringValue":"bleu"}]}}}}
Trace({"tabEtiquettes[2]", indVariable}) // expect: bleu
sTexte est une chaîne ANSI = "x"
Trace(TypeVar(sTexte) = wlChaîneAnsi, wlChaîneAnsi = wlChaîne) // expect: 1, 1

PROCÉDURE CDocument::DéfinitTexte(sNom est une chaîne, sValeur est une chaîne)
{"m_jsonDoc." + CHAMPS + "." + sNom + ".stringValue", indVariable} = sValeur
{"m_nCompte"} += 1

PROCÉDURE CDocument::DéfinitNombre(sNom est une chaîne, nValeur est un entier)
{"m_jsonDoc.[%CHAMPS%].[%sNom%].integerValue", indVariable} = nValeur
{"m_nCompte"} = {"m_nCompte"} + 1

PROCÉDURE CDocument::DéfinitObjet(jValeur est un JSON)
POUR TOUT unMembre DE jValeur..Membre
	SI unMembre..Membre..Occurrence = 0 ALORS
		sSorte est une chaîne = (TypeVar(unMembre..Valeur) DANS (wlChaîne, wlChaîneAnsi) ? "stringValue" SINON "integerValue")
		{"m_jsonDoc.fields." + unMembre..Nom + "." + sSorte, indVariable} = unMembre..Valeur
		m_nCompte++
	FIN
FIN

PROCÉDURE CDocument::DéfinitTableau(sNom est une chaîne, tabValeurs est un tableau dynamique)
POUR TOUT ÉLÉMENT sValeur, nRang DE tabValeurs
	{"m_jsonDoc.fields.[%sNom%].arrayValue.values[[%nRang%]].stringValue", indVariable} = sValeur
FIN

PROCÉDURE CDocument::Construit() : chaîne
RENVOYER m_jsonDoc

PROCÉDURE CDocument::Compté() : entier
RENVOYER {"m_nCompte", indVariable}
