// une méthode nommée sans parenthèses est appelée : une qui attend des arguments est
// WL104 ; affecter une méthode est WL109 ; le Occurrence d'un tableau reste une propriété
CFacture est une Classe
    m_lignes est un tableau d'entiers
FIN
f est un CFacture
Trace(f.m_lignes.Occurrence, f.Nombre(), f.Taille, f.Nombre)
x est un entier = f.nombre + 1
Trace(x, f.Ligne) // error: WL104:12 Ligne expects 1 parameter(s) but received 0
f.Nombre = 2 // error: WL109:3 'Nombre' is not a member of the class CFacture

PROCÉDURE CFacture::Nombre()
RENVOYER TableauOccurrence(m_lignes)

PROCÉDURE CFacture::Ligne(n)
RENVOYER m_lignes[n]

PROCÉDURE CFacture::Taille() <lecture>
RENVOYER TableauOccurrence(m_lignes)
