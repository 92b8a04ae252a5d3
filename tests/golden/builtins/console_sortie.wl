// Trace, Info, Erreur, Avertissement et leurs variantes Construit
Trace("x", "y") // expect: x, y
Info("ligne 1", "ligne 2") // expect: ligne 1
// expect: ligne 2
Erreur("aïe") // expect stderr: aïe
Avertissement("attention", "deux lignes") // expect stderr: attention
// expect stderr: deux lignes
TraceConstruit("%1 ans", 30) // expect: 30 ans
InfoConstruit("%2 %1", "monde", "bonjour") // expect: bonjour monde
ErreurConstruit("erreur %1", 5) // expect stderr: erreur 5
Trace(EnModeTest()) // expect: 0
