// `!=` (C, C#, Java, JavaScript) dans du code porté : le WLangage écrit <> ; l'erreur le
// dit au lieu de « unexpected character '!' ».
nStock est un entier = 3
SI nStock != 0 ALORS Trace("en stock") // expect error: '!=' is no WLanguage operator: 'different from' is written <>
