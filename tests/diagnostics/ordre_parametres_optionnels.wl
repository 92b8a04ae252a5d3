// les paramètres optionnels viennent en dernier (aide ?1514078) : un paramètre
// obligatoire après un paramètre qui a une valeur par défaut est WL111
CFacture est une Classe
    m_total est un réel
FIN
f est un CFacture
Trace(Correcte(1), Fausse(2, 3), f.Ajoute(1, 2))

PROCÉDURE Correcte(a, b = 2, c est un entier = 3)
RENVOYER a + b + c

PROCÉDURE Fausse(a = 1, b) // error: WL111:25 the parameter 'b' has no default value and follows the optional parameter 'a': optional parameters come last
RENVOYER a + b

PROCÉDURE CFacture::Ajoute(n est un réel = 0, taxe est un réel) // error: WL111:47 the parameter 'taxe' has no default value and follows the optional parameter 'n': optional parameters come last
m_total += n + taxe
RENVOYER m_total
