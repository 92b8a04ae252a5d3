// TableauTrie prend les options cc... ajoutées à son sens, comme la page Trie des listes
// les donne pour un tri (?1000017417 : ccSansCasse, ccSansAccent...)
t est un tableau de chaînes = ["banane", "Cerise", "abricot"]
TableauTrie(t)
Trace(TableauVersChaîne(t, ",")) // expect: Cerise,abricot,banane
TableauTrie(t, ttCroissant + ccSansCasse)
Trace(TableauVersChaîne(t, ",")) // expect: abricot,banane,Cerise
TableauTrie(t, ttDécroissant + SansCasse)
Trace(TableauVersChaîne(t, ",")) // expect: Cerise,banane,abricot
m est un tableau de chaînes = ["zèbre", "Été", "eau", "etre"]
t.Trie(ttCroissant + ccSansCasse + ccSansAccent)
m.Trie(ttCroissant + ccSansCasse + ccSansAccent)
Trace(TableauVersChaîne(m, ",")) // expect: eau,Été,etre,zèbre
// un tableau à deux dimensions, trié sur sa 2e colonne sans la casse
d est un tableau de 2 par 2 chaînes
d[1, 1] = "x" ; d[1, 2] = "b"
d[2, 1] = "y" ; d[2, 2] = "A"
TableauTrie(d, ttCroissant + ccSansCasse, 2)
Trace(d[1, 1], d[2, 1]) // expect: y, x
// ccRespecteNumérique : les nombres dans le texte se comparent par leur valeur
f est un tableau de chaînes = ["page10", "page9", "page1"]
TableauTrie(f, ttCroissant + ccRespecteNumérique)
Trace(TableauVersChaîne(f, ",")) // expect: page1,page9,page10
Trace(ChaîneCompare("v2.9", "v2.10", ccRespecteNumerique)) // expect: -1
