// Une chaîne de 60 procédures, chacune appelant la suivante (déclarée après elle), et une
// autre de 60 dont l'appelée est déclarée avant : un appel compile d'abord l'appelée pour
// son type de résultat (compiler/specialize.py), jusqu'à 12 procédures de profondeur ;
// au-delà, à sa place ou à son premier appel. Le chargement s'arrêtait sur "the code
// nests too deeply here to be compiled (7 levels ...)" à un simple appel.
Trace(Etape1(0)) // expect: 59
Trace(Retour60(1)) // expect: 60
Trace(Etape1(10) + 1) // expect: 70

PROCÉDURE Etape1(n)
RENVOYER Etape2(n + 1)
PROCÉDURE Etape2(n)
RENVOYER Etape3(n + 1)
PROCÉDURE Etape3(n)
RENVOYER Etape4(n + 1)
PROCÉDURE Etape4(n)
RENVOYER Etape5(n + 1)
PROCÉDURE Etape5(n)
RENVOYER Etape6(n + 1)
PROCÉDURE Etape6(n)
RENVOYER Etape7(n + 1)
PROCÉDURE Etape7(n)
RENVOYER Etape8(n + 1)
PROCÉDURE Etape8(n)
RENVOYER Etape9(n + 1)
PROCÉDURE Etape9(n)
RENVOYER Etape10(n + 1)
PROCÉDURE Etape10(n)
RENVOYER Etape11(n + 1)
PROCÉDURE Etape11(n)
RENVOYER Etape12(n + 1)
PROCÉDURE Etape12(n)
RENVOYER Etape13(n + 1)
PROCÉDURE Etape13(n)
RENVOYER Etape14(n + 1)
PROCÉDURE Etape14(n)
RENVOYER Etape15(n + 1)
PROCÉDURE Etape15(n)
RENVOYER Etape16(n + 1)
PROCÉDURE Etape16(n)
RENVOYER Etape17(n + 1)
PROCÉDURE Etape17(n)
RENVOYER Etape18(n + 1)
PROCÉDURE Etape18(n)
RENVOYER Etape19(n + 1)
PROCÉDURE Etape19(n)
RENVOYER Etape20(n + 1)
PROCÉDURE Etape20(n)
RENVOYER Etape21(n + 1)
PROCÉDURE Etape21(n)
RENVOYER Etape22(n + 1)
PROCÉDURE Etape22(n)
RENVOYER Etape23(n + 1)
PROCÉDURE Etape23(n)
RENVOYER Etape24(n + 1)
PROCÉDURE Etape24(n)
RENVOYER Etape25(n + 1)
PROCÉDURE Etape25(n)
RENVOYER Etape26(n + 1)
PROCÉDURE Etape26(n)
RENVOYER Etape27(n + 1)
PROCÉDURE Etape27(n)
RENVOYER Etape28(n + 1)
PROCÉDURE Etape28(n)
RENVOYER Etape29(n + 1)
PROCÉDURE Etape29(n)
RENVOYER Etape30(n + 1)
PROCÉDURE Etape30(n)
RENVOYER Etape31(n + 1)
PROCÉDURE Etape31(n)
RENVOYER Etape32(n + 1)
PROCÉDURE Etape32(n)
RENVOYER Etape33(n + 1)
PROCÉDURE Etape33(n)
RENVOYER Etape34(n + 1)
PROCÉDURE Etape34(n)
RENVOYER Etape35(n + 1)
PROCÉDURE Etape35(n)
RENVOYER Etape36(n + 1)
PROCÉDURE Etape36(n)
RENVOYER Etape37(n + 1)
PROCÉDURE Etape37(n)
RENVOYER Etape38(n + 1)
PROCÉDURE Etape38(n)
RENVOYER Etape39(n + 1)
PROCÉDURE Etape39(n)
RENVOYER Etape40(n + 1)
PROCÉDURE Etape40(n)
RENVOYER Etape41(n + 1)
PROCÉDURE Etape41(n)
RENVOYER Etape42(n + 1)
PROCÉDURE Etape42(n)
RENVOYER Etape43(n + 1)
PROCÉDURE Etape43(n)
RENVOYER Etape44(n + 1)
PROCÉDURE Etape44(n)
RENVOYER Etape45(n + 1)
PROCÉDURE Etape45(n)
RENVOYER Etape46(n + 1)
PROCÉDURE Etape46(n)
RENVOYER Etape47(n + 1)
PROCÉDURE Etape47(n)
RENVOYER Etape48(n + 1)
PROCÉDURE Etape48(n)
RENVOYER Etape49(n + 1)
PROCÉDURE Etape49(n)
RENVOYER Etape50(n + 1)
PROCÉDURE Etape50(n)
RENVOYER Etape51(n + 1)
PROCÉDURE Etape51(n)
RENVOYER Etape52(n + 1)
PROCÉDURE Etape52(n)
RENVOYER Etape53(n + 1)
PROCÉDURE Etape53(n)
RENVOYER Etape54(n + 1)
PROCÉDURE Etape54(n)
RENVOYER Etape55(n + 1)
PROCÉDURE Etape55(n)
RENVOYER Etape56(n + 1)
PROCÉDURE Etape56(n)
RENVOYER Etape57(n + 1)
PROCÉDURE Etape57(n)
RENVOYER Etape58(n + 1)
PROCÉDURE Etape58(n)
RENVOYER Etape59(n + 1)
PROCÉDURE Etape59(n)
RENVOYER Etape60(n + 1)
PROCÉDURE Etape60(n)
RENVOYER n
PROCÉDURE Retour1(n est un entier)
RENVOYER n
PROCÉDURE Retour2(n est un entier)
RENVOYER Retour1(n) + 1
PROCÉDURE Retour3(n est un entier)
RENVOYER Retour2(n) + 1
PROCÉDURE Retour4(n est un entier)
RENVOYER Retour3(n) + 1
PROCÉDURE Retour5(n est un entier)
RENVOYER Retour4(n) + 1
PROCÉDURE Retour6(n est un entier)
RENVOYER Retour5(n) + 1
PROCÉDURE Retour7(n est un entier)
RENVOYER Retour6(n) + 1
PROCÉDURE Retour8(n est un entier)
RENVOYER Retour7(n) + 1
PROCÉDURE Retour9(n est un entier)
RENVOYER Retour8(n) + 1
PROCÉDURE Retour10(n est un entier)
RENVOYER Retour9(n) + 1
PROCÉDURE Retour11(n est un entier)
RENVOYER Retour10(n) + 1
PROCÉDURE Retour12(n est un entier)
RENVOYER Retour11(n) + 1
PROCÉDURE Retour13(n est un entier)
RENVOYER Retour12(n) + 1
PROCÉDURE Retour14(n est un entier)
RENVOYER Retour13(n) + 1
PROCÉDURE Retour15(n est un entier)
RENVOYER Retour14(n) + 1
PROCÉDURE Retour16(n est un entier)
RENVOYER Retour15(n) + 1
PROCÉDURE Retour17(n est un entier)
RENVOYER Retour16(n) + 1
PROCÉDURE Retour18(n est un entier)
RENVOYER Retour17(n) + 1
PROCÉDURE Retour19(n est un entier)
RENVOYER Retour18(n) + 1
PROCÉDURE Retour20(n est un entier)
RENVOYER Retour19(n) + 1
PROCÉDURE Retour21(n est un entier)
RENVOYER Retour20(n) + 1
PROCÉDURE Retour22(n est un entier)
RENVOYER Retour21(n) + 1
PROCÉDURE Retour23(n est un entier)
RENVOYER Retour22(n) + 1
PROCÉDURE Retour24(n est un entier)
RENVOYER Retour23(n) + 1
PROCÉDURE Retour25(n est un entier)
RENVOYER Retour24(n) + 1
PROCÉDURE Retour26(n est un entier)
RENVOYER Retour25(n) + 1
PROCÉDURE Retour27(n est un entier)
RENVOYER Retour26(n) + 1
PROCÉDURE Retour28(n est un entier)
RENVOYER Retour27(n) + 1
PROCÉDURE Retour29(n est un entier)
RENVOYER Retour28(n) + 1
PROCÉDURE Retour30(n est un entier)
RENVOYER Retour29(n) + 1
PROCÉDURE Retour31(n est un entier)
RENVOYER Retour30(n) + 1
PROCÉDURE Retour32(n est un entier)
RENVOYER Retour31(n) + 1
PROCÉDURE Retour33(n est un entier)
RENVOYER Retour32(n) + 1
PROCÉDURE Retour34(n est un entier)
RENVOYER Retour33(n) + 1
PROCÉDURE Retour35(n est un entier)
RENVOYER Retour34(n) + 1
PROCÉDURE Retour36(n est un entier)
RENVOYER Retour35(n) + 1
PROCÉDURE Retour37(n est un entier)
RENVOYER Retour36(n) + 1
PROCÉDURE Retour38(n est un entier)
RENVOYER Retour37(n) + 1
PROCÉDURE Retour39(n est un entier)
RENVOYER Retour38(n) + 1
PROCÉDURE Retour40(n est un entier)
RENVOYER Retour39(n) + 1
PROCÉDURE Retour41(n est un entier)
RENVOYER Retour40(n) + 1
PROCÉDURE Retour42(n est un entier)
RENVOYER Retour41(n) + 1
PROCÉDURE Retour43(n est un entier)
RENVOYER Retour42(n) + 1
PROCÉDURE Retour44(n est un entier)
RENVOYER Retour43(n) + 1
PROCÉDURE Retour45(n est un entier)
RENVOYER Retour44(n) + 1
PROCÉDURE Retour46(n est un entier)
RENVOYER Retour45(n) + 1
PROCÉDURE Retour47(n est un entier)
RENVOYER Retour46(n) + 1
PROCÉDURE Retour48(n est un entier)
RENVOYER Retour47(n) + 1
PROCÉDURE Retour49(n est un entier)
RENVOYER Retour48(n) + 1
PROCÉDURE Retour50(n est un entier)
RENVOYER Retour49(n) + 1
PROCÉDURE Retour51(n est un entier)
RENVOYER Retour50(n) + 1
PROCÉDURE Retour52(n est un entier)
RENVOYER Retour51(n) + 1
PROCÉDURE Retour53(n est un entier)
RENVOYER Retour52(n) + 1
PROCÉDURE Retour54(n est un entier)
RENVOYER Retour53(n) + 1
PROCÉDURE Retour55(n est un entier)
RENVOYER Retour54(n) + 1
PROCÉDURE Retour56(n est un entier)
RENVOYER Retour55(n) + 1
PROCÉDURE Retour57(n est un entier)
RENVOYER Retour56(n) + 1
PROCÉDURE Retour58(n est un entier)
RENVOYER Retour57(n) + 1
PROCÉDURE Retour59(n est un entier)
RENVOYER Retour58(n) + 1
PROCÉDURE Retour60(n est un entier)
RENVOYER Retour59(n) + 1
