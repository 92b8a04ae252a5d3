// La variable d'une boucle POUR / POUR TOUT appartient à sa boucle : le paramètre d'une
// procédure interne écrite hors de la boucle ne la masque pas ; écrite dans la boucle, si
prix est un tableau d'entiers = [3, 4]
POUR TOUT p DE prix
    Trace(p)
FIN
Trace(Somme(prix))
POUR TOUT q DE prix
    PROCÉDURE INTERNE Affiche(q) // warning: WL205:31 'q' hides the variable of the same name declared at line 8
    Trace(q)
    FIN
    Affiche(q)
FIN
PROCÉDURE Somme(t)
PROCÉDURE INTERNE Double(n)
RENVOYER 2 * n
FIN
total est un entier
POUR TOUT n DE t
    total += Double(n)
FIN
PROCÉDURE INTERNE Garde(p)
RENVOYER p
FIN
RENVOYER Garde(total)
