// Page d'aide "Chaînes littérales : chaînes de caractères monolignes et multilignes"
// (doc.pcsoft.fr ?1512011) : ses syntaxes monolignes, entre guillemets (un guillemet dans
// la chaîne est doublé) et, nouveauté 2024, entre backticks. Les valeurs tracées sont ce
// que donnent ses règles (la page ne montre que les syntaxes).
sTexte est une chaîne
sTexte = "Il a dit ""bonjour"""
Trace(sTexte)                           // expect: Il a dit "bonjour"
sTexte = `Il a dit "bonjour"`
Trace(sTexte)                           // expect: Il a dit "bonjour"
