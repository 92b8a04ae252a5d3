// RENVOYER d'un objet depuis une méthode déclarée `: CFacture` rend l'objet lui-même
// (décidé, docs/semantics.md "Returning an object") : `f.AjouteLigne(10).AjouteLigne(5)`
// modifie f. L'affectation décide : `=` dans un objet copie, un objet dynamique y réfère.
CFacture est une Classe
    m_total est un entier
    m_lignes est un entier
FIN
f est un CFacture
f.AjouteLigne(10).AjouteLigne(5)
Trace(f.m_total, f.m_lignes) // expect: 15, 2
copie est un CFacture = f.AjouteLigne(1)
copie.m_total = 100
Trace(f.m_total, copie.m_total) // expect: 16, 100
même est un CFacture dynamique = f.AjouteLigne(1)
meme.m_total = 200
Trace(f.m_total) // expect: 200
PROCÉDURE CFacture::AjouteLigne(n est un entier) : CFacture
m_total += n
m_lignes++
RENVOYER objet
