// Produit par tests/golden/typevar_places.py : TypeVar d'un monétaire ou d'un
// numérique (valeur d'une variable ou calculée) rangé dans chaque place sans
// déclaration propre : un numérique reste wlNumérique (13), un monétaire 10.
mPrice est un monétaire = 10.25
nRate est un numérique = 2.5
vPrice est un Variant = mPrice
vRate est un Variant = nRate
STHolder est une Structure
	m est un Variant
FIN
CHolder est une Classe
	m est un Variant
FIN

// mPrice rangé dans : itself
Trace(TypeVar(mPrice)) // expect: 10
// mPrice rangé dans : soit
soit a_1let = mPrice
Trace(TypeVar(a_1let)) // expect: 10
// mPrice rangé dans : variant_init
v_1variantinit est un Variant = mPrice
Trace(TypeVar(v_1variantinit)) // expect: 10
// mPrice rangé dans : variant_assign
v_1variantassign est un Variant
v_1variantassign = mPrice
Trace(TypeVar(v_1variantassign)) // expect: 10
// mPrice rangé dans : param
ShowParam(mPrice) // expect: 10
// mPrice rangé dans : param_local
ShowLocalParam(mPrice) // expect: 10
// mPrice rangé dans : param_variant
ShowVariantParam(mPrice) // expect: 10
// mPrice rangé dans : untyped_result
Trace(TypeVar(GiveBack(mPrice))) // expect: 10
// mPrice rangé dans : array_add
t_1arrayadd est un tableau de Variant
TableauAjoute(t_1arrayadd, mPrice)
Trace(TypeVar(t_1arrayadd[1])) // expect: 10
// mPrice rangé dans : array_element
t_1arrayelement est un tableau de 1 Variant
t_1arrayelement[1] = mPrice
Trace(TypeVar(t_1arrayelement[1])) // expect: 10
// mPrice rangé dans : array_literal
t_1arrayliteral est un tableau de Variant = [mPrice, 0]
Trace(TypeVar(t_1arrayliteral[1])) // expect: 10
// mPrice rangé dans : assoc
aa_1assoc est un tableau associatif de Variant
aa_1assoc["k"] = mPrice
Trace(TypeVar(aa_1assoc["k"])) // expect: 10
// mPrice rangé dans : struct_member
st_1structmember est un STHolder
st_1structmember.m = mPrice
Trace(TypeVar(st_1structmember.m)) // expect: 10
// mPrice rangé dans : class_member
o_1classmember est un CHolder
o_1classmember.m = mPrice
Trace(TypeVar(o_1classmember.m)) // expect: 10
// mPrice rangé dans : variant_member
w_1variantmember est un Variant
w_1variantmember.x = mPrice
Trace(TypeVar(w_1variantmember.x)) // expect: 10
// mPrice rangé dans : reference
r_1reference est un Variant
r_1reference <- mPrice
Trace(TypeVar(r_1reference)) // expect: 10
// mPrice rangé dans : for_each
t_1foreach est un tableau de Variant
TableauAjoute(t_1foreach, mPrice)
POUR TOUT e_1foreach DE t_1foreach
	Trace(TypeVar(e_1foreach)) // expect: 10
FIN
// mPrice * 2 rangé dans : itself
Trace(TypeVar(mPrice * 2)) // expect: 10
// mPrice * 2 rangé dans : soit
soit a_2let = mPrice * 2
Trace(TypeVar(a_2let)) // expect: 10
// mPrice * 2 rangé dans : variant_init
v_2variantinit est un Variant = mPrice * 2
Trace(TypeVar(v_2variantinit)) // expect: 10
// mPrice * 2 rangé dans : variant_assign
v_2variantassign est un Variant
v_2variantassign = mPrice * 2
Trace(TypeVar(v_2variantassign)) // expect: 10
// mPrice * 2 rangé dans : param
ShowParam(mPrice * 2) // expect: 10
// mPrice * 2 rangé dans : param_local
ShowLocalParam(mPrice * 2) // expect: 10
// mPrice * 2 rangé dans : param_variant
ShowVariantParam(mPrice * 2) // expect: 10
// mPrice * 2 rangé dans : untyped_result
Trace(TypeVar(GiveBack(mPrice * 2))) // expect: 10
// mPrice * 2 rangé dans : array_add
t_2arrayadd est un tableau de Variant
TableauAjoute(t_2arrayadd, mPrice * 2)
Trace(TypeVar(t_2arrayadd[1])) // expect: 10
// mPrice * 2 rangé dans : array_element
t_2arrayelement est un tableau de 1 Variant
t_2arrayelement[1] = mPrice * 2
Trace(TypeVar(t_2arrayelement[1])) // expect: 10
// mPrice * 2 rangé dans : array_literal
t_2arrayliteral est un tableau de Variant = [mPrice * 2, 0]
Trace(TypeVar(t_2arrayliteral[1])) // expect: 10
// mPrice * 2 rangé dans : assoc
aa_2assoc est un tableau associatif de Variant
aa_2assoc["k"] = mPrice * 2
Trace(TypeVar(aa_2assoc["k"])) // expect: 10
// mPrice * 2 rangé dans : struct_member
st_2structmember est un STHolder
st_2structmember.m = mPrice * 2
Trace(TypeVar(st_2structmember.m)) // expect: 10
// mPrice * 2 rangé dans : class_member
o_2classmember est un CHolder
o_2classmember.m = mPrice * 2
Trace(TypeVar(o_2classmember.m)) // expect: 10
// mPrice * 2 rangé dans : variant_member
w_2variantmember est un Variant
w_2variantmember.x = mPrice * 2
Trace(TypeVar(w_2variantmember.x)) // expect: 10
// mPrice * 2 rangé dans : for_each
t_2foreach est un tableau de Variant
TableauAjoute(t_2foreach, mPrice * 2)
POUR TOUT e_2foreach DE t_2foreach
	Trace(TypeVar(e_2foreach)) // expect: 10
FIN
// mPrice + 1 rangé dans : itself
Trace(TypeVar(mPrice + 1)) // expect: 10
// mPrice + 1 rangé dans : soit
soit a_3let = mPrice + 1
Trace(TypeVar(a_3let)) // expect: 10
// mPrice + 1 rangé dans : variant_init
v_3variantinit est un Variant = mPrice + 1
Trace(TypeVar(v_3variantinit)) // expect: 10
// mPrice + 1 rangé dans : variant_assign
v_3variantassign est un Variant
v_3variantassign = mPrice + 1
Trace(TypeVar(v_3variantassign)) // expect: 10
// mPrice + 1 rangé dans : param
ShowParam(mPrice + 1) // expect: 10
// mPrice + 1 rangé dans : param_local
ShowLocalParam(mPrice + 1) // expect: 10
// mPrice + 1 rangé dans : param_variant
ShowVariantParam(mPrice + 1) // expect: 10
// mPrice + 1 rangé dans : untyped_result
Trace(TypeVar(GiveBack(mPrice + 1))) // expect: 10
// mPrice + 1 rangé dans : array_add
t_3arrayadd est un tableau de Variant
TableauAjoute(t_3arrayadd, mPrice + 1)
Trace(TypeVar(t_3arrayadd[1])) // expect: 10
// mPrice + 1 rangé dans : array_element
t_3arrayelement est un tableau de 1 Variant
t_3arrayelement[1] = mPrice + 1
Trace(TypeVar(t_3arrayelement[1])) // expect: 10
// mPrice + 1 rangé dans : array_literal
t_3arrayliteral est un tableau de Variant = [mPrice + 1, 0]
Trace(TypeVar(t_3arrayliteral[1])) // expect: 10
// mPrice + 1 rangé dans : assoc
aa_3assoc est un tableau associatif de Variant
aa_3assoc["k"] = mPrice + 1
Trace(TypeVar(aa_3assoc["k"])) // expect: 10
// mPrice + 1 rangé dans : struct_member
st_3structmember est un STHolder
st_3structmember.m = mPrice + 1
Trace(TypeVar(st_3structmember.m)) // expect: 10
// mPrice + 1 rangé dans : class_member
o_3classmember est un CHolder
o_3classmember.m = mPrice + 1
Trace(TypeVar(o_3classmember.m)) // expect: 10
// mPrice + 1 rangé dans : variant_member
w_3variantmember est un Variant
w_3variantmember.x = mPrice + 1
Trace(TypeVar(w_3variantmember.x)) // expect: 10
// mPrice + 1 rangé dans : for_each
t_3foreach est un tableau de Variant
TableauAjoute(t_3foreach, mPrice + 1)
POUR TOUT e_3foreach DE t_3foreach
	Trace(TypeVar(e_3foreach)) // expect: 10
FIN
// -mPrice rangé dans : itself
Trace(TypeVar(-mPrice)) // expect: 10
// -mPrice rangé dans : soit
soit a_4let = -mPrice
Trace(TypeVar(a_4let)) // expect: 10
// -mPrice rangé dans : variant_init
v_4variantinit est un Variant = -mPrice
Trace(TypeVar(v_4variantinit)) // expect: 10
// -mPrice rangé dans : variant_assign
v_4variantassign est un Variant
v_4variantassign = -mPrice
Trace(TypeVar(v_4variantassign)) // expect: 10
// -mPrice rangé dans : param
ShowParam(-mPrice) // expect: 10
// -mPrice rangé dans : param_local
ShowLocalParam(-mPrice) // expect: 10
// -mPrice rangé dans : param_variant
ShowVariantParam(-mPrice) // expect: 10
// -mPrice rangé dans : untyped_result
Trace(TypeVar(GiveBack(-mPrice))) // expect: 10
// -mPrice rangé dans : array_add
t_4arrayadd est un tableau de Variant
TableauAjoute(t_4arrayadd, -mPrice)
Trace(TypeVar(t_4arrayadd[1])) // expect: 10
// -mPrice rangé dans : array_element
t_4arrayelement est un tableau de 1 Variant
t_4arrayelement[1] = -mPrice
Trace(TypeVar(t_4arrayelement[1])) // expect: 10
// -mPrice rangé dans : array_literal
t_4arrayliteral est un tableau de Variant = [-mPrice, 0]
Trace(TypeVar(t_4arrayliteral[1])) // expect: 10
// -mPrice rangé dans : assoc
aa_4assoc est un tableau associatif de Variant
aa_4assoc["k"] = -mPrice
Trace(TypeVar(aa_4assoc["k"])) // expect: 10
// -mPrice rangé dans : struct_member
st_4structmember est un STHolder
st_4structmember.m = -mPrice
Trace(TypeVar(st_4structmember.m)) // expect: 10
// -mPrice rangé dans : class_member
o_4classmember est un CHolder
o_4classmember.m = -mPrice
Trace(TypeVar(o_4classmember.m)) // expect: 10
// -mPrice rangé dans : variant_member
w_4variantmember est un Variant
w_4variantmember.x = -mPrice
Trace(TypeVar(w_4variantmember.x)) // expect: 10
// -mPrice rangé dans : for_each
t_4foreach est un tableau de Variant
TableauAjoute(t_4foreach, -mPrice)
POUR TOUT e_4foreach DE t_4foreach
	Trace(TypeVar(e_4foreach)) // expect: 10
FIN
// nRate rangé dans : itself
Trace(TypeVar(nRate)) // expect: 13
// nRate rangé dans : soit
soit a_5let = nRate
Trace(TypeVar(a_5let)) // expect: 13
// nRate rangé dans : variant_init
v_5variantinit est un Variant = nRate
Trace(TypeVar(v_5variantinit)) // expect: 13
// nRate rangé dans : variant_assign
v_5variantassign est un Variant
v_5variantassign = nRate
Trace(TypeVar(v_5variantassign)) // expect: 13
// nRate rangé dans : param
ShowParam(nRate) // expect: 13
// nRate rangé dans : param_local
ShowLocalParam(nRate) // expect: 13
// nRate rangé dans : param_variant
ShowVariantParam(nRate) // expect: 13
// nRate rangé dans : untyped_result
Trace(TypeVar(GiveBack(nRate))) // expect: 13
// nRate rangé dans : array_add
t_5arrayadd est un tableau de Variant
TableauAjoute(t_5arrayadd, nRate)
Trace(TypeVar(t_5arrayadd[1])) // expect: 13
// nRate rangé dans : array_element
t_5arrayelement est un tableau de 1 Variant
t_5arrayelement[1] = nRate
Trace(TypeVar(t_5arrayelement[1])) // expect: 13
// nRate rangé dans : array_literal
t_5arrayliteral est un tableau de Variant = [nRate, 0]
Trace(TypeVar(t_5arrayliteral[1])) // expect: 13
// nRate rangé dans : assoc
aa_5assoc est un tableau associatif de Variant
aa_5assoc["k"] = nRate
Trace(TypeVar(aa_5assoc["k"])) // expect: 13
// nRate rangé dans : struct_member
st_5structmember est un STHolder
st_5structmember.m = nRate
Trace(TypeVar(st_5structmember.m)) // expect: 13
// nRate rangé dans : class_member
o_5classmember est un CHolder
o_5classmember.m = nRate
Trace(TypeVar(o_5classmember.m)) // expect: 13
// nRate rangé dans : variant_member
w_5variantmember est un Variant
w_5variantmember.x = nRate
Trace(TypeVar(w_5variantmember.x)) // expect: 13
// nRate rangé dans : reference
r_5reference est un Variant
r_5reference <- nRate
Trace(TypeVar(r_5reference)) // expect: 13
// nRate rangé dans : for_each
t_5foreach est un tableau de Variant
TableauAjoute(t_5foreach, nRate)
POUR TOUT e_5foreach DE t_5foreach
	Trace(TypeVar(e_5foreach)) // expect: 13
FIN
// nRate * 2 rangé dans : itself
Trace(TypeVar(nRate * 2)) // expect: 13
// nRate * 2 rangé dans : soit
soit a_6let = nRate * 2
Trace(TypeVar(a_6let)) // expect: 13
// nRate * 2 rangé dans : variant_init
v_6variantinit est un Variant = nRate * 2
Trace(TypeVar(v_6variantinit)) // expect: 13
// nRate * 2 rangé dans : variant_assign
v_6variantassign est un Variant
v_6variantassign = nRate * 2
Trace(TypeVar(v_6variantassign)) // expect: 13
// nRate * 2 rangé dans : param
ShowParam(nRate * 2) // expect: 13
// nRate * 2 rangé dans : param_local
ShowLocalParam(nRate * 2) // expect: 13
// nRate * 2 rangé dans : param_variant
ShowVariantParam(nRate * 2) // expect: 13
// nRate * 2 rangé dans : untyped_result
Trace(TypeVar(GiveBack(nRate * 2))) // expect: 13
// nRate * 2 rangé dans : array_add
t_6arrayadd est un tableau de Variant
TableauAjoute(t_6arrayadd, nRate * 2)
Trace(TypeVar(t_6arrayadd[1])) // expect: 13
// nRate * 2 rangé dans : array_element
t_6arrayelement est un tableau de 1 Variant
t_6arrayelement[1] = nRate * 2
Trace(TypeVar(t_6arrayelement[1])) // expect: 13
// nRate * 2 rangé dans : array_literal
t_6arrayliteral est un tableau de Variant = [nRate * 2, 0]
Trace(TypeVar(t_6arrayliteral[1])) // expect: 13
// nRate * 2 rangé dans : assoc
aa_6assoc est un tableau associatif de Variant
aa_6assoc["k"] = nRate * 2
Trace(TypeVar(aa_6assoc["k"])) // expect: 13
// nRate * 2 rangé dans : struct_member
st_6structmember est un STHolder
st_6structmember.m = nRate * 2
Trace(TypeVar(st_6structmember.m)) // expect: 13
// nRate * 2 rangé dans : class_member
o_6classmember est un CHolder
o_6classmember.m = nRate * 2
Trace(TypeVar(o_6classmember.m)) // expect: 13
// nRate * 2 rangé dans : variant_member
w_6variantmember est un Variant
w_6variantmember.x = nRate * 2
Trace(TypeVar(w_6variantmember.x)) // expect: 13
// nRate * 2 rangé dans : for_each
t_6foreach est un tableau de Variant
TableauAjoute(t_6foreach, nRate * 2)
POUR TOUT e_6foreach DE t_6foreach
	Trace(TypeVar(e_6foreach)) // expect: 13
FIN
// nRate + mPrice rangé dans : itself
Trace(TypeVar(nRate + mPrice)) // expect: 13
// nRate + mPrice rangé dans : soit
soit a_7let = nRate + mPrice
Trace(TypeVar(a_7let)) // expect: 13
// nRate + mPrice rangé dans : variant_init
v_7variantinit est un Variant = nRate + mPrice
Trace(TypeVar(v_7variantinit)) // expect: 13
// nRate + mPrice rangé dans : variant_assign
v_7variantassign est un Variant
v_7variantassign = nRate + mPrice
Trace(TypeVar(v_7variantassign)) // expect: 13
// nRate + mPrice rangé dans : param
ShowParam(nRate + mPrice) // expect: 13
// nRate + mPrice rangé dans : param_local
ShowLocalParam(nRate + mPrice) // expect: 13
// nRate + mPrice rangé dans : param_variant
ShowVariantParam(nRate + mPrice) // expect: 13
// nRate + mPrice rangé dans : untyped_result
Trace(TypeVar(GiveBack(nRate + mPrice))) // expect: 13
// nRate + mPrice rangé dans : array_add
t_7arrayadd est un tableau de Variant
TableauAjoute(t_7arrayadd, nRate + mPrice)
Trace(TypeVar(t_7arrayadd[1])) // expect: 13
// nRate + mPrice rangé dans : array_element
t_7arrayelement est un tableau de 1 Variant
t_7arrayelement[1] = nRate + mPrice
Trace(TypeVar(t_7arrayelement[1])) // expect: 13
// nRate + mPrice rangé dans : array_literal
t_7arrayliteral est un tableau de Variant = [nRate + mPrice, 0]
Trace(TypeVar(t_7arrayliteral[1])) // expect: 13
// nRate + mPrice rangé dans : assoc
aa_7assoc est un tableau associatif de Variant
aa_7assoc["k"] = nRate + mPrice
Trace(TypeVar(aa_7assoc["k"])) // expect: 13
// nRate + mPrice rangé dans : struct_member
st_7structmember est un STHolder
st_7structmember.m = nRate + mPrice
Trace(TypeVar(st_7structmember.m)) // expect: 13
// nRate + mPrice rangé dans : class_member
o_7classmember est un CHolder
o_7classmember.m = nRate + mPrice
Trace(TypeVar(o_7classmember.m)) // expect: 13
// nRate + mPrice rangé dans : variant_member
w_7variantmember est un Variant
w_7variantmember.x = nRate + mPrice
Trace(TypeVar(w_7variantmember.x)) // expect: 13
// nRate + mPrice rangé dans : for_each
t_7foreach est un tableau de Variant
TableauAjoute(t_7foreach, nRate + mPrice)
POUR TOUT e_7foreach DE t_7foreach
	Trace(TypeVar(e_7foreach)) // expect: 13
FIN
// -nRate rangé dans : itself
Trace(TypeVar(-nRate)) // expect: 13
// -nRate rangé dans : soit
soit a_8let = -nRate
Trace(TypeVar(a_8let)) // expect: 13
// -nRate rangé dans : variant_init
v_8variantinit est un Variant = -nRate
Trace(TypeVar(v_8variantinit)) // expect: 13
// -nRate rangé dans : variant_assign
v_8variantassign est un Variant
v_8variantassign = -nRate
Trace(TypeVar(v_8variantassign)) // expect: 13
// -nRate rangé dans : param
ShowParam(-nRate) // expect: 13
// -nRate rangé dans : param_local
ShowLocalParam(-nRate) // expect: 13
// -nRate rangé dans : param_variant
ShowVariantParam(-nRate) // expect: 13
// -nRate rangé dans : untyped_result
Trace(TypeVar(GiveBack(-nRate))) // expect: 13
// -nRate rangé dans : array_add
t_8arrayadd est un tableau de Variant
TableauAjoute(t_8arrayadd, -nRate)
Trace(TypeVar(t_8arrayadd[1])) // expect: 13
// -nRate rangé dans : array_element
t_8arrayelement est un tableau de 1 Variant
t_8arrayelement[1] = -nRate
Trace(TypeVar(t_8arrayelement[1])) // expect: 13
// -nRate rangé dans : array_literal
t_8arrayliteral est un tableau de Variant = [-nRate, 0]
Trace(TypeVar(t_8arrayliteral[1])) // expect: 13
// -nRate rangé dans : assoc
aa_8assoc est un tableau associatif de Variant
aa_8assoc["k"] = -nRate
Trace(TypeVar(aa_8assoc["k"])) // expect: 13
// -nRate rangé dans : struct_member
st_8structmember est un STHolder
st_8structmember.m = -nRate
Trace(TypeVar(st_8structmember.m)) // expect: 13
// -nRate rangé dans : class_member
o_8classmember est un CHolder
o_8classmember.m = -nRate
Trace(TypeVar(o_8classmember.m)) // expect: 13
// -nRate rangé dans : variant_member
w_8variantmember est un Variant
w_8variantmember.x = -nRate
Trace(TypeVar(w_8variantmember.x)) // expect: 13
// -nRate rangé dans : for_each
t_8foreach est un tableau de Variant
TableauAjoute(t_8foreach, -nRate)
POUR TOUT e_8foreach DE t_8foreach
	Trace(TypeVar(e_8foreach)) // expect: 13
FIN
// nRate * 1.5 rangé dans : itself
Trace(TypeVar(nRate * 1.5)) // expect: 13
// nRate * 1.5 rangé dans : soit
soit a_9let = nRate * 1.5
Trace(TypeVar(a_9let)) // expect: 13
// nRate * 1.5 rangé dans : variant_init
v_9variantinit est un Variant = nRate * 1.5
Trace(TypeVar(v_9variantinit)) // expect: 13
// nRate * 1.5 rangé dans : variant_assign
v_9variantassign est un Variant
v_9variantassign = nRate * 1.5
Trace(TypeVar(v_9variantassign)) // expect: 13
// nRate * 1.5 rangé dans : param
ShowParam(nRate * 1.5) // expect: 13
// nRate * 1.5 rangé dans : param_local
ShowLocalParam(nRate * 1.5) // expect: 13
// nRate * 1.5 rangé dans : param_variant
ShowVariantParam(nRate * 1.5) // expect: 13
// nRate * 1.5 rangé dans : untyped_result
Trace(TypeVar(GiveBack(nRate * 1.5))) // expect: 13
// nRate * 1.5 rangé dans : array_add
t_9arrayadd est un tableau de Variant
TableauAjoute(t_9arrayadd, nRate * 1.5)
Trace(TypeVar(t_9arrayadd[1])) // expect: 13
// nRate * 1.5 rangé dans : array_element
t_9arrayelement est un tableau de 1 Variant
t_9arrayelement[1] = nRate * 1.5
Trace(TypeVar(t_9arrayelement[1])) // expect: 13
// nRate * 1.5 rangé dans : array_literal
t_9arrayliteral est un tableau de Variant = [nRate * 1.5, 0]
Trace(TypeVar(t_9arrayliteral[1])) // expect: 13
// nRate * 1.5 rangé dans : assoc
aa_9assoc est un tableau associatif de Variant
aa_9assoc["k"] = nRate * 1.5
Trace(TypeVar(aa_9assoc["k"])) // expect: 13
// nRate * 1.5 rangé dans : struct_member
st_9structmember est un STHolder
st_9structmember.m = nRate * 1.5
Trace(TypeVar(st_9structmember.m)) // expect: 13
// nRate * 1.5 rangé dans : class_member
o_9classmember est un CHolder
o_9classmember.m = nRate * 1.5
Trace(TypeVar(o_9classmember.m)) // expect: 13
// nRate * 1.5 rangé dans : variant_member
w_9variantmember est un Variant
w_9variantmember.x = nRate * 1.5
Trace(TypeVar(w_9variantmember.x)) // expect: 13
// nRate * 1.5 rangé dans : for_each
t_9foreach est un tableau de Variant
TableauAjoute(t_9foreach, nRate * 1.5)
POUR TOUT e_9foreach DE t_9foreach
	Trace(TypeVar(e_9foreach)) // expect: 13
FIN
// NumericRate() rangé dans : itself
Trace(TypeVar(NumericRate())) // expect: 13
// NumericRate() rangé dans : soit
soit a_10let = NumericRate()
Trace(TypeVar(a_10let)) // expect: 13
// NumericRate() rangé dans : variant_init
v_10variantinit est un Variant = NumericRate()
Trace(TypeVar(v_10variantinit)) // expect: 13
// NumericRate() rangé dans : variant_assign
v_10variantassign est un Variant
v_10variantassign = NumericRate()
Trace(TypeVar(v_10variantassign)) // expect: 13
// NumericRate() rangé dans : param
ShowParam(NumericRate()) // expect: 13
// NumericRate() rangé dans : param_local
ShowLocalParam(NumericRate()) // expect: 13
// NumericRate() rangé dans : param_variant
ShowVariantParam(NumericRate()) // expect: 13
// NumericRate() rangé dans : untyped_result
Trace(TypeVar(GiveBack(NumericRate()))) // expect: 13
// NumericRate() rangé dans : array_add
t_10arrayadd est un tableau de Variant
TableauAjoute(t_10arrayadd, NumericRate())
Trace(TypeVar(t_10arrayadd[1])) // expect: 13
// NumericRate() rangé dans : array_element
t_10arrayelement est un tableau de 1 Variant
t_10arrayelement[1] = NumericRate()
Trace(TypeVar(t_10arrayelement[1])) // expect: 13
// NumericRate() rangé dans : array_literal
t_10arrayliteral est un tableau de Variant = [NumericRate(), 0]
Trace(TypeVar(t_10arrayliteral[1])) // expect: 13
// NumericRate() rangé dans : assoc
aa_10assoc est un tableau associatif de Variant
aa_10assoc["k"] = NumericRate()
Trace(TypeVar(aa_10assoc["k"])) // expect: 13
// NumericRate() rangé dans : struct_member
st_10structmember est un STHolder
st_10structmember.m = NumericRate()
Trace(TypeVar(st_10structmember.m)) // expect: 13
// NumericRate() rangé dans : class_member
o_10classmember est un CHolder
o_10classmember.m = NumericRate()
Trace(TypeVar(o_10classmember.m)) // expect: 13
// NumericRate() rangé dans : variant_member
w_10variantmember est un Variant
w_10variantmember.x = NumericRate()
Trace(TypeVar(w_10variantmember.x)) // expect: 13
// NumericRate() rangé dans : for_each
t_10foreach est un tableau de Variant
TableauAjoute(t_10foreach, NumericRate())
POUR TOUT e_10foreach DE t_10foreach
	Trace(TypeVar(e_10foreach)) // expect: 13
FIN
// vPrice * 2 rangé dans : itself
Trace(TypeVar(vPrice * 2)) // expect: 10
// vPrice * 2 rangé dans : soit
soit a_11let = vPrice * 2
Trace(TypeVar(a_11let)) // expect: 10
// vPrice * 2 rangé dans : variant_init
v_11variantinit est un Variant = vPrice * 2
Trace(TypeVar(v_11variantinit)) // expect: 10
// vPrice * 2 rangé dans : variant_assign
v_11variantassign est un Variant
v_11variantassign = vPrice * 2
Trace(TypeVar(v_11variantassign)) // expect: 10
// vPrice * 2 rangé dans : param
ShowParam(vPrice * 2) // expect: 10
// vPrice * 2 rangé dans : param_local
ShowLocalParam(vPrice * 2) // expect: 10
// vPrice * 2 rangé dans : param_variant
ShowVariantParam(vPrice * 2) // expect: 10
// vPrice * 2 rangé dans : untyped_result
Trace(TypeVar(GiveBack(vPrice * 2))) // expect: 10
// vPrice * 2 rangé dans : array_add
t_11arrayadd est un tableau de Variant
TableauAjoute(t_11arrayadd, vPrice * 2)
Trace(TypeVar(t_11arrayadd[1])) // expect: 10
// vPrice * 2 rangé dans : array_element
t_11arrayelement est un tableau de 1 Variant
t_11arrayelement[1] = vPrice * 2
Trace(TypeVar(t_11arrayelement[1])) // expect: 10
// vPrice * 2 rangé dans : array_literal
t_11arrayliteral est un tableau de Variant = [vPrice * 2, 0]
Trace(TypeVar(t_11arrayliteral[1])) // expect: 10
// vPrice * 2 rangé dans : assoc
aa_11assoc est un tableau associatif de Variant
aa_11assoc["k"] = vPrice * 2
Trace(TypeVar(aa_11assoc["k"])) // expect: 10
// vPrice * 2 rangé dans : struct_member
st_11structmember est un STHolder
st_11structmember.m = vPrice * 2
Trace(TypeVar(st_11structmember.m)) // expect: 10
// vPrice * 2 rangé dans : class_member
o_11classmember est un CHolder
o_11classmember.m = vPrice * 2
Trace(TypeVar(o_11classmember.m)) // expect: 10
// vPrice * 2 rangé dans : variant_member
w_11variantmember est un Variant
w_11variantmember.x = vPrice * 2
Trace(TypeVar(w_11variantmember.x)) // expect: 10
// vPrice * 2 rangé dans : for_each
t_11foreach est un tableau de Variant
TableauAjoute(t_11foreach, vPrice * 2)
POUR TOUT e_11foreach DE t_11foreach
	Trace(TypeVar(e_11foreach)) // expect: 10
FIN
// vRate + 1 rangé dans : itself
Trace(TypeVar(vRate + 1)) // expect: 13
// vRate + 1 rangé dans : soit
soit a_12let = vRate + 1
Trace(TypeVar(a_12let)) // expect: 13
// vRate + 1 rangé dans : variant_init
v_12variantinit est un Variant = vRate + 1
Trace(TypeVar(v_12variantinit)) // expect: 13
// vRate + 1 rangé dans : variant_assign
v_12variantassign est un Variant
v_12variantassign = vRate + 1
Trace(TypeVar(v_12variantassign)) // expect: 13
// vRate + 1 rangé dans : param
ShowParam(vRate + 1) // expect: 13
// vRate + 1 rangé dans : param_local
ShowLocalParam(vRate + 1) // expect: 13
// vRate + 1 rangé dans : param_variant
ShowVariantParam(vRate + 1) // expect: 13
// vRate + 1 rangé dans : untyped_result
Trace(TypeVar(GiveBack(vRate + 1))) // expect: 13
// vRate + 1 rangé dans : array_add
t_12arrayadd est un tableau de Variant
TableauAjoute(t_12arrayadd, vRate + 1)
Trace(TypeVar(t_12arrayadd[1])) // expect: 13
// vRate + 1 rangé dans : array_element
t_12arrayelement est un tableau de 1 Variant
t_12arrayelement[1] = vRate + 1
Trace(TypeVar(t_12arrayelement[1])) // expect: 13
// vRate + 1 rangé dans : array_literal
t_12arrayliteral est un tableau de Variant = [vRate + 1, 0]
Trace(TypeVar(t_12arrayliteral[1])) // expect: 13
// vRate + 1 rangé dans : assoc
aa_12assoc est un tableau associatif de Variant
aa_12assoc["k"] = vRate + 1
Trace(TypeVar(aa_12assoc["k"])) // expect: 13
// vRate + 1 rangé dans : struct_member
st_12structmember est un STHolder
st_12structmember.m = vRate + 1
Trace(TypeVar(st_12structmember.m)) // expect: 13
// vRate + 1 rangé dans : class_member
o_12classmember est un CHolder
o_12classmember.m = vRate + 1
Trace(TypeVar(o_12classmember.m)) // expect: 13
// vRate + 1 rangé dans : variant_member
w_12variantmember est un Variant
w_12variantmember.x = vRate + 1
Trace(TypeVar(w_12variantmember.x)) // expect: 13
// vRate + 1 rangé dans : for_each
t_12foreach est un tableau de Variant
TableauAjoute(t_12foreach, vRate + 1)
POUR TOUT e_12foreach DE t_12foreach
	Trace(TypeVar(e_12foreach)) // expect: 13
FIN
// -vRate rangé dans : itself
Trace(TypeVar(-vRate)) // expect: 13
// -vRate rangé dans : soit
soit a_13let = -vRate
Trace(TypeVar(a_13let)) // expect: 13
// -vRate rangé dans : variant_init
v_13variantinit est un Variant = -vRate
Trace(TypeVar(v_13variantinit)) // expect: 13
// -vRate rangé dans : variant_assign
v_13variantassign est un Variant
v_13variantassign = -vRate
Trace(TypeVar(v_13variantassign)) // expect: 13
// -vRate rangé dans : param
ShowParam(-vRate) // expect: 13
// -vRate rangé dans : param_local
ShowLocalParam(-vRate) // expect: 13
// -vRate rangé dans : param_variant
ShowVariantParam(-vRate) // expect: 13
// -vRate rangé dans : untyped_result
Trace(TypeVar(GiveBack(-vRate))) // expect: 13
// -vRate rangé dans : array_add
t_13arrayadd est un tableau de Variant
TableauAjoute(t_13arrayadd, -vRate)
Trace(TypeVar(t_13arrayadd[1])) // expect: 13
// -vRate rangé dans : array_element
t_13arrayelement est un tableau de 1 Variant
t_13arrayelement[1] = -vRate
Trace(TypeVar(t_13arrayelement[1])) // expect: 13
// -vRate rangé dans : array_literal
t_13arrayliteral est un tableau de Variant = [-vRate, 0]
Trace(TypeVar(t_13arrayliteral[1])) // expect: 13
// -vRate rangé dans : assoc
aa_13assoc est un tableau associatif de Variant
aa_13assoc["k"] = -vRate
Trace(TypeVar(aa_13assoc["k"])) // expect: 13
// -vRate rangé dans : struct_member
st_13structmember est un STHolder
st_13structmember.m = -vRate
Trace(TypeVar(st_13structmember.m)) // expect: 13
// -vRate rangé dans : class_member
o_13classmember est un CHolder
o_13classmember.m = -vRate
Trace(TypeVar(o_13classmember.m)) // expect: 13
// -vRate rangé dans : variant_member
w_13variantmember est un Variant
w_13variantmember.x = -vRate
Trace(TypeVar(w_13variantmember.x)) // expect: 13
// -vRate rangé dans : for_each
t_13foreach est un tableau de Variant
TableauAjoute(t_13foreach, -vRate)
POUR TOUT e_13foreach DE t_13foreach
	Trace(TypeVar(e_13foreach)) // expect: 13
FIN
// 0n1.5 rangé dans : itself
Trace(TypeVar(0n1.5)) // expect: 13
// 0n1.5 rangé dans : soit
soit a_14let = 0n1.5
Trace(TypeVar(a_14let)) // expect: 13
// 0n1.5 rangé dans : variant_init
v_14variantinit est un Variant = 0n1.5
Trace(TypeVar(v_14variantinit)) // expect: 13
// 0n1.5 rangé dans : variant_assign
v_14variantassign est un Variant
v_14variantassign = 0n1.5
Trace(TypeVar(v_14variantassign)) // expect: 13
// 0n1.5 rangé dans : param
ShowParam(0n1.5) // expect: 13
// 0n1.5 rangé dans : param_local
ShowLocalParam(0n1.5) // expect: 13
// 0n1.5 rangé dans : param_variant
ShowVariantParam(0n1.5) // expect: 13
// 0n1.5 rangé dans : untyped_result
Trace(TypeVar(GiveBack(0n1.5))) // expect: 13
// 0n1.5 rangé dans : array_add
t_14arrayadd est un tableau de Variant
TableauAjoute(t_14arrayadd, 0n1.5)
Trace(TypeVar(t_14arrayadd[1])) // expect: 13
// 0n1.5 rangé dans : array_element
t_14arrayelement est un tableau de 1 Variant
t_14arrayelement[1] = 0n1.5
Trace(TypeVar(t_14arrayelement[1])) // expect: 13
// 0n1.5 rangé dans : array_literal
t_14arrayliteral est un tableau de Variant = [0n1.5, 0]
Trace(TypeVar(t_14arrayliteral[1])) // expect: 13
// 0n1.5 rangé dans : assoc
aa_14assoc est un tableau associatif de Variant
aa_14assoc["k"] = 0n1.5
Trace(TypeVar(aa_14assoc["k"])) // expect: 13
// 0n1.5 rangé dans : struct_member
st_14structmember est un STHolder
st_14structmember.m = 0n1.5
Trace(TypeVar(st_14structmember.m)) // expect: 13
// 0n1.5 rangé dans : class_member
o_14classmember est un CHolder
o_14classmember.m = 0n1.5
Trace(TypeVar(o_14classmember.m)) // expect: 13
// 0n1.5 rangé dans : variant_member
w_14variantmember est un Variant
w_14variantmember.x = 0n1.5
Trace(TypeVar(w_14variantmember.x)) // expect: 13
// 0n1.5 rangé dans : for_each
t_14foreach est un tableau de Variant
TableauAjoute(t_14foreach, 0n1.5)
POUR TOUT e_14foreach DE t_14foreach
	Trace(TypeVar(e_14foreach)) // expect: 13
FIN
// 0n1.5 * nRate rangé dans : itself
Trace(TypeVar(0n1.5 * nRate)) // expect: 13
// 0n1.5 * nRate rangé dans : soit
soit a_15let = 0n1.5 * nRate
Trace(TypeVar(a_15let)) // expect: 13
// 0n1.5 * nRate rangé dans : variant_init
v_15variantinit est un Variant = 0n1.5 * nRate
Trace(TypeVar(v_15variantinit)) // expect: 13
// 0n1.5 * nRate rangé dans : variant_assign
v_15variantassign est un Variant
v_15variantassign = 0n1.5 * nRate
Trace(TypeVar(v_15variantassign)) // expect: 13
// 0n1.5 * nRate rangé dans : param
ShowParam(0n1.5 * nRate) // expect: 13
// 0n1.5 * nRate rangé dans : param_local
ShowLocalParam(0n1.5 * nRate) // expect: 13
// 0n1.5 * nRate rangé dans : param_variant
ShowVariantParam(0n1.5 * nRate) // expect: 13
// 0n1.5 * nRate rangé dans : untyped_result
Trace(TypeVar(GiveBack(0n1.5 * nRate))) // expect: 13
// 0n1.5 * nRate rangé dans : array_add
t_15arrayadd est un tableau de Variant
TableauAjoute(t_15arrayadd, 0n1.5 * nRate)
Trace(TypeVar(t_15arrayadd[1])) // expect: 13
// 0n1.5 * nRate rangé dans : array_element
t_15arrayelement est un tableau de 1 Variant
t_15arrayelement[1] = 0n1.5 * nRate
Trace(TypeVar(t_15arrayelement[1])) // expect: 13
// 0n1.5 * nRate rangé dans : array_literal
t_15arrayliteral est un tableau de Variant = [0n1.5 * nRate, 0]
Trace(TypeVar(t_15arrayliteral[1])) // expect: 13
// 0n1.5 * nRate rangé dans : assoc
aa_15assoc est un tableau associatif de Variant
aa_15assoc["k"] = 0n1.5 * nRate
Trace(TypeVar(aa_15assoc["k"])) // expect: 13
// 0n1.5 * nRate rangé dans : struct_member
st_15structmember est un STHolder
st_15structmember.m = 0n1.5 * nRate
Trace(TypeVar(st_15structmember.m)) // expect: 13
// 0n1.5 * nRate rangé dans : class_member
o_15classmember est un CHolder
o_15classmember.m = 0n1.5 * nRate
Trace(TypeVar(o_15classmember.m)) // expect: 13
// 0n1.5 * nRate rangé dans : variant_member
w_15variantmember est un Variant
w_15variantmember.x = 0n1.5 * nRate
Trace(TypeVar(w_15variantmember.x)) // expect: 13
// 0n1.5 * nRate rangé dans : for_each
t_15foreach est un tableau de Variant
TableauAjoute(t_15foreach, 0n1.5 * nRate)
POUR TOUT e_15foreach DE t_15foreach
	Trace(TypeVar(e_15foreach)) // expect: 13
FIN
// 0m1.5 rangé dans : itself
Trace(TypeVar(0m1.5)) // expect: 10
// 0m1.5 rangé dans : soit
soit a_16let = 0m1.5
Trace(TypeVar(a_16let)) // expect: 10
// 0m1.5 rangé dans : variant_init
v_16variantinit est un Variant = 0m1.5
Trace(TypeVar(v_16variantinit)) // expect: 10
// 0m1.5 rangé dans : variant_assign
v_16variantassign est un Variant
v_16variantassign = 0m1.5
Trace(TypeVar(v_16variantassign)) // expect: 10
// 0m1.5 rangé dans : param
ShowParam(0m1.5) // expect: 10
// 0m1.5 rangé dans : param_local
ShowLocalParam(0m1.5) // expect: 10
// 0m1.5 rangé dans : param_variant
ShowVariantParam(0m1.5) // expect: 10
// 0m1.5 rangé dans : untyped_result
Trace(TypeVar(GiveBack(0m1.5))) // expect: 10
// 0m1.5 rangé dans : array_add
t_16arrayadd est un tableau de Variant
TableauAjoute(t_16arrayadd, 0m1.5)
Trace(TypeVar(t_16arrayadd[1])) // expect: 10
// 0m1.5 rangé dans : array_element
t_16arrayelement est un tableau de 1 Variant
t_16arrayelement[1] = 0m1.5
Trace(TypeVar(t_16arrayelement[1])) // expect: 10
// 0m1.5 rangé dans : array_literal
t_16arrayliteral est un tableau de Variant = [0m1.5, 0]
Trace(TypeVar(t_16arrayliteral[1])) // expect: 10
// 0m1.5 rangé dans : assoc
aa_16assoc est un tableau associatif de Variant
aa_16assoc["k"] = 0m1.5
Trace(TypeVar(aa_16assoc["k"])) // expect: 10
// 0m1.5 rangé dans : struct_member
st_16structmember est un STHolder
st_16structmember.m = 0m1.5
Trace(TypeVar(st_16structmember.m)) // expect: 10
// 0m1.5 rangé dans : class_member
o_16classmember est un CHolder
o_16classmember.m = 0m1.5
Trace(TypeVar(o_16classmember.m)) // expect: 10
// 0m1.5 rangé dans : variant_member
w_16variantmember est un Variant
w_16variantmember.x = 0m1.5
Trace(TypeVar(w_16variantmember.x)) // expect: 10
// 0m1.5 rangé dans : for_each
t_16foreach est un tableau de Variant
TableauAjoute(t_16foreach, 0m1.5)
POUR TOUT e_16foreach DE t_16foreach
	Trace(TypeVar(e_16foreach)) // expect: 10
FIN
// 0m1.5 * mPrice rangé dans : itself
Trace(TypeVar(0m1.5 * mPrice)) // expect: 10
// 0m1.5 * mPrice rangé dans : soit
soit a_17let = 0m1.5 * mPrice
Trace(TypeVar(a_17let)) // expect: 10
// 0m1.5 * mPrice rangé dans : variant_init
v_17variantinit est un Variant = 0m1.5 * mPrice
Trace(TypeVar(v_17variantinit)) // expect: 10
// 0m1.5 * mPrice rangé dans : variant_assign
v_17variantassign est un Variant
v_17variantassign = 0m1.5 * mPrice
Trace(TypeVar(v_17variantassign)) // expect: 10
// 0m1.5 * mPrice rangé dans : param
ShowParam(0m1.5 * mPrice) // expect: 10
// 0m1.5 * mPrice rangé dans : param_local
ShowLocalParam(0m1.5 * mPrice) // expect: 10
// 0m1.5 * mPrice rangé dans : param_variant
ShowVariantParam(0m1.5 * mPrice) // expect: 10
// 0m1.5 * mPrice rangé dans : untyped_result
Trace(TypeVar(GiveBack(0m1.5 * mPrice))) // expect: 10
// 0m1.5 * mPrice rangé dans : array_add
t_17arrayadd est un tableau de Variant
TableauAjoute(t_17arrayadd, 0m1.5 * mPrice)
Trace(TypeVar(t_17arrayadd[1])) // expect: 10
// 0m1.5 * mPrice rangé dans : array_element
t_17arrayelement est un tableau de 1 Variant
t_17arrayelement[1] = 0m1.5 * mPrice
Trace(TypeVar(t_17arrayelement[1])) // expect: 10
// 0m1.5 * mPrice rangé dans : array_literal
t_17arrayliteral est un tableau de Variant = [0m1.5 * mPrice, 0]
Trace(TypeVar(t_17arrayliteral[1])) // expect: 10
// 0m1.5 * mPrice rangé dans : assoc
aa_17assoc est un tableau associatif de Variant
aa_17assoc["k"] = 0m1.5 * mPrice
Trace(TypeVar(aa_17assoc["k"])) // expect: 10
// 0m1.5 * mPrice rangé dans : struct_member
st_17structmember est un STHolder
st_17structmember.m = 0m1.5 * mPrice
Trace(TypeVar(st_17structmember.m)) // expect: 10
// 0m1.5 * mPrice rangé dans : class_member
o_17classmember est un CHolder
o_17classmember.m = 0m1.5 * mPrice
Trace(TypeVar(o_17classmember.m)) // expect: 10
// 0m1.5 * mPrice rangé dans : variant_member
w_17variantmember est un Variant
w_17variantmember.x = 0m1.5 * mPrice
Trace(TypeVar(w_17variantmember.x)) // expect: 10
// 0m1.5 * mPrice rangé dans : for_each
t_17foreach est un tableau de Variant
TableauAjoute(t_17foreach, 0m1.5 * mPrice)
POUR TOUT e_17foreach DE t_17foreach
	Trace(TypeVar(e_17foreach)) // expect: 10
FIN
// -0m1.5 rangé dans : itself
Trace(TypeVar(-0m1.5)) // expect: 10
// -0m1.5 rangé dans : soit
soit a_18let = -0m1.5
Trace(TypeVar(a_18let)) // expect: 10
// -0m1.5 rangé dans : variant_init
v_18variantinit est un Variant = -0m1.5
Trace(TypeVar(v_18variantinit)) // expect: 10
// -0m1.5 rangé dans : variant_assign
v_18variantassign est un Variant
v_18variantassign = -0m1.5
Trace(TypeVar(v_18variantassign)) // expect: 10
// -0m1.5 rangé dans : param
ShowParam(-0m1.5) // expect: 10
// -0m1.5 rangé dans : param_local
ShowLocalParam(-0m1.5) // expect: 10
// -0m1.5 rangé dans : param_variant
ShowVariantParam(-0m1.5) // expect: 10
// -0m1.5 rangé dans : untyped_result
Trace(TypeVar(GiveBack(-0m1.5))) // expect: 10
// -0m1.5 rangé dans : array_add
t_18arrayadd est un tableau de Variant
TableauAjoute(t_18arrayadd, -0m1.5)
Trace(TypeVar(t_18arrayadd[1])) // expect: 10
// -0m1.5 rangé dans : array_element
t_18arrayelement est un tableau de 1 Variant
t_18arrayelement[1] = -0m1.5
Trace(TypeVar(t_18arrayelement[1])) // expect: 10
// -0m1.5 rangé dans : array_literal
t_18arrayliteral est un tableau de Variant = [-0m1.5, 0]
Trace(TypeVar(t_18arrayliteral[1])) // expect: 10
// -0m1.5 rangé dans : assoc
aa_18assoc est un tableau associatif de Variant
aa_18assoc["k"] = -0m1.5
Trace(TypeVar(aa_18assoc["k"])) // expect: 10
// -0m1.5 rangé dans : struct_member
st_18structmember est un STHolder
st_18structmember.m = -0m1.5
Trace(TypeVar(st_18structmember.m)) // expect: 10
// -0m1.5 rangé dans : class_member
o_18classmember est un CHolder
o_18classmember.m = -0m1.5
Trace(TypeVar(o_18classmember.m)) // expect: 10
// -0m1.5 rangé dans : variant_member
w_18variantmember est un Variant
w_18variantmember.x = -0m1.5
Trace(TypeVar(w_18variantmember.x)) // expect: 10
// -0m1.5 rangé dans : for_each
t_18foreach est un tableau de Variant
TableauAjoute(t_18foreach, -0m1.5)
POUR TOUT e_18foreach DE t_18foreach
	Trace(TypeVar(e_18foreach)) // expect: 10
FIN
// +0m1.5 rangé dans : itself
Trace(TypeVar(+0m1.5)) // expect: 10
// +0m1.5 rangé dans : soit
soit a_19let = +0m1.5
Trace(TypeVar(a_19let)) // expect: 10
// +0m1.5 rangé dans : variant_init
v_19variantinit est un Variant = +0m1.5
Trace(TypeVar(v_19variantinit)) // expect: 10
// +0m1.5 rangé dans : variant_assign
v_19variantassign est un Variant
v_19variantassign = +0m1.5
Trace(TypeVar(v_19variantassign)) // expect: 10
// +0m1.5 rangé dans : param
ShowParam(+0m1.5) // expect: 10
// +0m1.5 rangé dans : param_local
ShowLocalParam(+0m1.5) // expect: 10
// +0m1.5 rangé dans : param_variant
ShowVariantParam(+0m1.5) // expect: 10
// +0m1.5 rangé dans : untyped_result
Trace(TypeVar(GiveBack(+0m1.5))) // expect: 10
// +0m1.5 rangé dans : array_add
t_19arrayadd est un tableau de Variant
TableauAjoute(t_19arrayadd, +0m1.5)
Trace(TypeVar(t_19arrayadd[1])) // expect: 10
// +0m1.5 rangé dans : array_element
t_19arrayelement est un tableau de 1 Variant
t_19arrayelement[1] = +0m1.5
Trace(TypeVar(t_19arrayelement[1])) // expect: 10
// +0m1.5 rangé dans : array_literal
t_19arrayliteral est un tableau de Variant = [+0m1.5, 0]
Trace(TypeVar(t_19arrayliteral[1])) // expect: 10
// +0m1.5 rangé dans : assoc
aa_19assoc est un tableau associatif de Variant
aa_19assoc["k"] = +0m1.5
Trace(TypeVar(aa_19assoc["k"])) // expect: 10
// +0m1.5 rangé dans : struct_member
st_19structmember est un STHolder
st_19structmember.m = +0m1.5
Trace(TypeVar(st_19structmember.m)) // expect: 10
// +0m1.5 rangé dans : class_member
o_19classmember est un CHolder
o_19classmember.m = +0m1.5
Trace(TypeVar(o_19classmember.m)) // expect: 10
// +0m1.5 rangé dans : variant_member
w_19variantmember est un Variant
w_19variantmember.x = +0m1.5
Trace(TypeVar(w_19variantmember.x)) // expect: 10
// +0m1.5 rangé dans : for_each
t_19foreach est un tableau de Variant
TableauAjoute(t_19foreach, +0m1.5)
POUR TOUT e_19foreach DE t_19foreach
	Trace(TypeVar(e_19foreach)) // expect: 10
FIN
// -0n1.5 rangé dans : itself
Trace(TypeVar(-0n1.5)) // expect: 13
// -0n1.5 rangé dans : soit
soit a_20let = -0n1.5
Trace(TypeVar(a_20let)) // expect: 13
// -0n1.5 rangé dans : variant_init
v_20variantinit est un Variant = -0n1.5
Trace(TypeVar(v_20variantinit)) // expect: 13
// -0n1.5 rangé dans : variant_assign
v_20variantassign est un Variant
v_20variantassign = -0n1.5
Trace(TypeVar(v_20variantassign)) // expect: 13
// -0n1.5 rangé dans : param
ShowParam(-0n1.5) // expect: 13
// -0n1.5 rangé dans : param_local
ShowLocalParam(-0n1.5) // expect: 13
// -0n1.5 rangé dans : param_variant
ShowVariantParam(-0n1.5) // expect: 13
// -0n1.5 rangé dans : untyped_result
Trace(TypeVar(GiveBack(-0n1.5))) // expect: 13
// -0n1.5 rangé dans : array_add
t_20arrayadd est un tableau de Variant
TableauAjoute(t_20arrayadd, -0n1.5)
Trace(TypeVar(t_20arrayadd[1])) // expect: 13
// -0n1.5 rangé dans : array_element
t_20arrayelement est un tableau de 1 Variant
t_20arrayelement[1] = -0n1.5
Trace(TypeVar(t_20arrayelement[1])) // expect: 13
// -0n1.5 rangé dans : array_literal
t_20arrayliteral est un tableau de Variant = [-0n1.5, 0]
Trace(TypeVar(t_20arrayliteral[1])) // expect: 13
// -0n1.5 rangé dans : assoc
aa_20assoc est un tableau associatif de Variant
aa_20assoc["k"] = -0n1.5
Trace(TypeVar(aa_20assoc["k"])) // expect: 13
// -0n1.5 rangé dans : struct_member
st_20structmember est un STHolder
st_20structmember.m = -0n1.5
Trace(TypeVar(st_20structmember.m)) // expect: 13
// -0n1.5 rangé dans : class_member
o_20classmember est un CHolder
o_20classmember.m = -0n1.5
Trace(TypeVar(o_20classmember.m)) // expect: 13
// -0n1.5 rangé dans : variant_member
w_20variantmember est un Variant
w_20variantmember.x = -0n1.5
Trace(TypeVar(w_20variantmember.x)) // expect: 13
// -0n1.5 rangé dans : for_each
t_20foreach est un tableau de Variant
TableauAjoute(t_20foreach, -0n1.5)
POUR TOUT e_20foreach DE t_20foreach
	Trace(TypeVar(e_20foreach)) // expect: 13
FIN
// +0n1.5 rangé dans : itself
Trace(TypeVar(+0n1.5)) // expect: 13
// +0n1.5 rangé dans : soit
soit a_21let = +0n1.5
Trace(TypeVar(a_21let)) // expect: 13
// +0n1.5 rangé dans : variant_init
v_21variantinit est un Variant = +0n1.5
Trace(TypeVar(v_21variantinit)) // expect: 13
// +0n1.5 rangé dans : variant_assign
v_21variantassign est un Variant
v_21variantassign = +0n1.5
Trace(TypeVar(v_21variantassign)) // expect: 13
// +0n1.5 rangé dans : param
ShowParam(+0n1.5) // expect: 13
// +0n1.5 rangé dans : param_local
ShowLocalParam(+0n1.5) // expect: 13
// +0n1.5 rangé dans : param_variant
ShowVariantParam(+0n1.5) // expect: 13
// +0n1.5 rangé dans : untyped_result
Trace(TypeVar(GiveBack(+0n1.5))) // expect: 13
// +0n1.5 rangé dans : array_add
t_21arrayadd est un tableau de Variant
TableauAjoute(t_21arrayadd, +0n1.5)
Trace(TypeVar(t_21arrayadd[1])) // expect: 13
// +0n1.5 rangé dans : array_element
t_21arrayelement est un tableau de 1 Variant
t_21arrayelement[1] = +0n1.5
Trace(TypeVar(t_21arrayelement[1])) // expect: 13
// +0n1.5 rangé dans : array_literal
t_21arrayliteral est un tableau de Variant = [+0n1.5, 0]
Trace(TypeVar(t_21arrayliteral[1])) // expect: 13
// +0n1.5 rangé dans : assoc
aa_21assoc est un tableau associatif de Variant
aa_21assoc["k"] = +0n1.5
Trace(TypeVar(aa_21assoc["k"])) // expect: 13
// +0n1.5 rangé dans : struct_member
st_21structmember est un STHolder
st_21structmember.m = +0n1.5
Trace(TypeVar(st_21structmember.m)) // expect: 13
// +0n1.5 rangé dans : class_member
o_21classmember est un CHolder
o_21classmember.m = +0n1.5
Trace(TypeVar(o_21classmember.m)) // expect: 13
// +0n1.5 rangé dans : variant_member
w_21variantmember est un Variant
w_21variantmember.x = +0n1.5
Trace(TypeVar(w_21variantmember.x)) // expect: 13
// +0n1.5 rangé dans : for_each
t_21foreach est un tableau de Variant
TableauAjoute(t_21foreach, +0n1.5)
POUR TOUT e_21foreach DE t_21foreach
	Trace(TypeVar(e_21foreach)) // expect: 13
FIN

PROCÉDURE ShowParam(p)
Trace(TypeVar(p))

PROCÉDURE ShowLocalParam(LOCALE p)
Trace(TypeVar(p))

PROCÉDURE ShowVariantParam(p est un Variant)
Trace(TypeVar(p))

PROCÉDURE GiveBack(p)
RENVOYER p

PROCÉDURE NumericRate() : numeric
RENVOYER nRate * 3
