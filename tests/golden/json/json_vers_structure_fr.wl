// Une variable JSON ou un objet JSON décodé affecté à une structure ou un objet remplit
// ses membres par leur nom JSON (<nom=...> renomme, <sérialise=faux> est ignoré).
ST_Ligne est une Structure
    réf est une chaîne
    qté est un entier
FIN
ST_Commande est une Structure
    id est un entier
    lignes est un tableau de ST_Ligne
    client est une chaîne <nom="acheteur">
    note est une chaîne <sérialise=faux>
FIN
CPoint est une Classe
    x est un entier
    y est un entier
FIN
j est un JSON = "{""id"":7,""acheteur"":""Anne"",""note"":""n"",""lignes"":[{""ref"":""A"",""qte"":2}]}"
c est une ST_Commande = j
Trace(c.id, c.client, c.note, TableauOccurrence(c.lignes), c.lignes[1].réf, c.lignes[1].qté)   // expect: 7, Anne, , 1, A, 2
v est un Variant = JSONVersVariant("{""X"":3,""y"":4}")
p est un CPoint
p = v
Trace(p.x, p.y)   // expect: 3, 4
j2 est un JSON = c
Trace(j2)   // expect: {"id":7,"lignes":[{"réf":"A","qté":2}],"acheteur":"Anne"}
// un JSON imbriqué plus profond que la conversion ne va : sa profondeur et la limite, en clair
profond est un Variant = JSONVersVariant(Répète("{""a"":", 100000))
Trace(ErreurDétectée, ErreurInfo(errMessage))
// expect: 1, JSONVersVariant: The JSON is nested 100,000 levels deep; JSON and XML are converted to 1,000 levels at most.
