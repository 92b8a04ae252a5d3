// SQLPrécédent ?3072022 : l'exemple de la page française tel qu'écrit, sur la base du
// programme (SQLConnecte("", "", "")), avec notre table FACT ; sa ligne
// ListeAjoute(LISTE_LISTENOM, ...) demande une fenêtre : la même valeur est tracée à la
// place. La page n'énonce pas de sortie : depuis SQLDernier la boucle lit les lignes de la
// dernière à la première, et SQL.EnDehors la termine.
Trace(SQLConnecte("", "", "") > 0)                                   // expect: 1
SQLExec("CREATE TABLE FACT (NOMCLI VARCHAR(20))", "REQ0")
SQLExec("INSERT INTO FACT VALUES ('Adam'), ('Bérénice'), ('Clément')", "REQ0")
ResExec est un booléen
ResExec = SQLExec("SELECT NOMCLI FROM FACT", "REQ1")
SI ResExec ALORS
// Transfert du nom dans LISTE_LISTENOM
SQLDernier("REQ1")
TANTQUE PAS SQL.EnDehors
// ListeAjoute(LISTE_LISTENOM, SQLCol("REQ1", 1))
Trace(SQLCol("REQ1", 1), SQL.EnCours)
SQLPrécédent("REQ1")
FIN
SINON
// Traite l'erreur
FIN
SQLFerme("REQ1")
// expect: Clément, 3
// expect: Bérénice, 2
// expect: Adam, 1
Trace(SQL.EnDehors)                                                  // expect: 1
