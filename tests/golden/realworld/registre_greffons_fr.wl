// (méthode b) Un registre de traitements (greffons) écrit comme un développeur WINDEV
// l'écrit : des procédures rangées dans un tableau associatif de Procédure, appelées
// par leur nom, par indirection {"Traitement" + n}, par ExécuteTraitement (trtProcédure,
// et une méthode d'un objet nommée par texte) ; une lambda enregistrée comme les autres.
gtaGreffons est un tableau associatif de Procédure
gnAppels est un entier

Enregistre("MAJ", Majuscules)
Enregistre("inverse", Inverse)
Enregistre("crochets", (s) => "<" + s + ">")
Trace(Lance("MAJ", "facture"))               // expect: FACTURE
Trace(Lance("inverse", "abc"))               // expect: cba
Trace(Lance("INVERSE", "abc"))               // expect: ?INVERSE
Trace(Lance("crochets", "x"))                // expect: <x>
Trace(Lance("absent", "x"))                  // expect: ?absent
Trace(gnAppels, gtaGreffons..Occurrence)     // expect: 3, 3
nOk est un entier
POUR TOUT p, sNom DE gtaGreffons
	SI p("ok") <> "" ALORS nOk++
FIN
Trace(nOk)                                   // expect: 3
POUR n = 1 _À_ 2
	Trace({"Traitement" + n}("  a b  "))
FIN
// expect: [  a b  ]
// expect: a b
f est un CFiltre
f.m_sPréfixe = "F-"
Trace(ExécuteTraitement(f, "Applique", "001"))          // expect: F-001
sProc est une chaîne = "Majuscules"
Trace(ExécuteTraitement(sProc, trtProcédure, "remise"))  // expect: REMISE

PROCÉDURE Enregistre(LOCAL sNom est une chaîne, pTraitement est une Procédure)
gtaGreffons[sNom] = pTraitement

PROCÉDURE Lance(sNom, sTexte est une chaîne) : chaîne
SI PAS gtaGreffons[sNom]..Existe ALORS
	RENVOYER "?" + sNom
FIN
gnAppels++
p est une procédure = gtaGreffons[sNom]
RENVOYER p(sTexte)

PROCÉDURE Majuscules(s est une chaîne)
RENVOYER Majuscule(s)

PROCÉDURE Inverse(s est une chaîne)
sRes est une chaîne
POUR i = Taille(s) _A_ 1 PAS -1
	sRes += s[[i]]
FIN
RENVOYER sRes

PROCÉDURE Traitement1(s)
RENVOYER "[" + s + "]"

PROCÉDURE Traitement2(s)
RENVOYER SansEspace(s)

CFiltre est une Classe
	m_sPréfixe est une chaîne
FIN

PROCÉDURE CFiltre::Applique(s est une chaîne)
RENVOYER m_sPréfixe + s
