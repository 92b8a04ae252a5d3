// POUR TOUT <data file> [OÙ ...] parses; running it says HFSQL files are not supported
Trace("before") // expect: before
POUR TOUT Client OÙ Client.Ville = "Paris" // expect error: HFSQL data files are not supported
    Trace(Client.Nom)
FIN
