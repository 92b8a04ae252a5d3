// POUR TOUT <data file> [OÙ ...] without an analysis: the file is unknown
Trace("before") // expect: before
POUR TOUT Client OÙ Client.Ville = "Paris" // expect error: 'Client' is not a data file of the analysis
    Trace(Client.Nom)
FIN
