// rangPrécédent : PositionOccurrence parcourue à l'envers (docs/builtins.md,
// "PositionOccurrence walks" : INFERRED). La chaîne est celle de la page d'aide.
MaChaîne est une chaîne = "Antananarivo, Madagascar"
MaPosition est un entier = PositionOccurrence(MaChaîne, ["a", "r"], rangDernier, SansCasse)
Trouvées est une chaîne
TANTQUE MaPosition <> 0
    Trouvées += MaPosition + ";"
    MaPosition = PositionOccurrence(MaChaîne, ["a", "r"], rangPrecedent, SansCasse)
FIN
Trace(Trouvées)                                         // expect: 24;23;20;18;16;9;8;6;4;1;
Trace(PositionOccurrence("abab", "a", rangPremier))     // expect: 1
Trace(PositionOccurrence("abab", "a", RANGPRÉCÉDENT))   // expect: 0
Trace(PositionOccurrence("abab", "a", rangSuivant))     // expect: 1
Trace(PositionOccurrence("abab", "a", rangSuivant))     // expect: 3
Trace(PositionOccurrence("abab", "a", rangPrécédent))   // expect: 1
