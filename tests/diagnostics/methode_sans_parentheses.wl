// une méthode nommée là où une valeur est lue (sans parenthèses) : WL109, comme l'exécution
// s'y arrête ; le Occurrence d'un tableau reste une propriété
CFacture est une Classe
    m_lignes est un tableau d'entiers
FIN
f est un CFacture
Trace(f.m_lignes.Occurrence, f.Nombre(), f.Taille)
Trace(f.Nombre) // error: WL109:9 'Nombre' is not a member of the class CFacture
x est un entier = f.nombre + 1 // error: WL109:21 'nombre' is not a member of the class CFacture
Trace(x)

PROCÉDURE CFacture::Nombre()
RENVOYER TableauOccurrence(m_lignes)

PROCÉDURE CFacture::Taille() <lecture>
RENVOYER TableauOccurrence(m_lignes)
