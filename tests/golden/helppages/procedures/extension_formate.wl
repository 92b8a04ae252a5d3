// Page d'aide "Procédure d'extension" (doc.pcsoft.fr ?1514086) : une procédure
// d'extension "Formate" du type Chaîne remplace <Chaîne>.Formate et ChaîneFormate (le
// nom français de la méthode de la page). La procédure est la nôtre ; WL. atteint la
// fonction standard ChaîneFormate.
sTexte est une chaîne = "Bonjour"
Trace(sTexte.Formate())                 // expect: [BONJOUR]
Trace(ChaîneFormate(sTexte))            // expect: [BONJOUR]
Trace(chaineformate("abc"))             // expect: [ABC]

PROCÉDURE Formate(s est une chaîne) <extension>
RENVOYER "[" + WL.ChaîneFormate(Ceci, ccMajuscule) + "]"
