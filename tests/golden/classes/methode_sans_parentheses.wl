// une méthode nommée sans parenthèses là où une valeur est lue n'est pas un membre :
// l'exécution s'arrête en nommant la classe (wl check : WL109) ; avec les parenthèses
// elle est appelée, et le Occurrence d'un tableau reste sa propriété
CFacture est une Classe
    m_lignes est un tableau d'entiers
FIN
f est un CFacture
TableauAjoute(f.m_lignes, 7)
Trace(f.m_lignes.Occurrence) // expect: 1
Trace(f.Nombre()) // expect: 1
QUAND EXCEPTION DANS
    f.nombre = 2 // wl: ignore[WL109]
FAIRE
    Trace(ExceptionInfo()) // expect: 'nombre' is not a member of the class CFacture.
FIN
Trace(f.Nombre) // wl: ignore[WL109] // expect error: 'Nombre' is not a member of the class CFacture.

PROCÉDURE CFacture::Nombre()
RENVOYER TableauOccurrence(m_lignes)
