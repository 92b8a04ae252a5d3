// Connexion ?1514073 et OptionsCurseur ?2512103 : l'exemple de la page (une connexion
// HFSQL Client/Serveur, que wlinterp n'atteint pas : HOuvreConnexion échoue sans arrêter
// le programme) ; les options de curseur sont gardées et relues
MaConnexion est une Connexion
// Description de la connexion
MaConnexion.Utilisateur = "USER"
MaConnexion.MotDePasse = "PASSWORD"
MaConnexion.Serveur = "MONSERVEUR"
MaConnexion.BaseDeDonnées = "Base de données"
MaConnexion.Provider = hAccèsHFClientServeur
MaConnexion.Accès = hOLectureEcriture
MaConnexion.InfosEtendues = "Infos étendues"
MaConnexion.OptionsCurseur = hCurseurClient
// Ouverture de la connexion
Trace(HOuvreConnexion(MaConnexion), ErreurDétectée) // expect: 0, 1
Trace(MaConnexion.OptionsCurseur = hCurseurClient, hCurseurClient = hClientCursor) // expect: 1, 1
Trace(hCurseurServeur = hServerCursor, hCurseurStatique + hCurseurLectureSeule = hStaticCursor + hReadOnlyCursor) // expect: 1, 1
