// HDécritConnexion ?3044205 : l'exemple de la page écrit en français (accès natif SQL
// Server, que wlinterp n'atteint pas : l'ouverture échoue sans arrêter le programme)
Trace(HDécritConnexion("MaConnexion", "", "", ...
"Serveur_SQLServer", "dbo", hAccèsNatifSQLServer, hOLectureEcriture, "")) // expect: 1
Trace(HOuvreConnexion("MaConnexion"), ErreurDétectée) // expect: 0, 1
Trace(hAccèsNatifMySQL = hNativeAccessMySQL, hAccèsNatifOracle = hNativeAccessOracle) // expect: 1, 1
