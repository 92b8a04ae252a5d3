// Page d'aide HashVérifieChaîne (?1000007113), son premier exemple avec les noms
// français, le champ de saisie et la rubrique remplacés par des variables (la rubrique
// contient le hash du mot de passe), avec le bon mot de passe puis un mauvais.
// DonneFocusEtRetourUtilisateur est laissé de côté (pas de fenêtre).
SAI_SaisieMotDePasse est une chaîne = "Mon secret"
UtilisateurHashMotDePasse est un Buffer = HashChaîne(HA_MD5_128, "Mon secret")
// Vérification du mot de passe :
// - Mot de passe saisi dans le champ "SAI_SaisieMotDePasse"
// - Hash du mot de passe dans la rubrique "Utilisateur.HashMotDePasse"
SI HashVérifieChaîne(HA_MD5_128, SAI_SaisieMotDePasse, ...
		UtilisateurHashMotDePasse) = Vrai ALORS
	Info("Mot de passe correct.") // expect: Mot de passe correct.
SINON
	Erreur("Mot de passe erroné.")
FIN
SAI_SaisieMotDePasse = "Mon secreT"
SI HashVerifieChaine(HA_MD5_128, SAI_SaisieMotDePasse, ...
		UtilisateurHashMotDePasse) = Vrai ALORS
	Info("Mot de passe correct.")
SINON
	Erreur("Mot de passe erroné.") // expect stderr: Mot de passe erroné.
FIN
// Le hash de son exemple navigateur, lu par HexaVersBuffer avec ses espaces (ce n'est
// pas le SHA-1 de "abc" : Faux), et le SHA-1 de "abc" lui-même (le nôtre)
sHash est une chaîne = "9F 04 F4 1A 84 85 14 16 20 50 E3 D6"
Trace(HashVérifieChaîne(HA_SHA_160, "abc", HexaVersBuffer(sHash))) // expect: 0
Trace(HashVérifieChaîne(HA_SHA_160, "abc", HexaVersBuffer("A9993E364706816ABA3E25717850C26C9CD0D89D"))) // expect: 1
