// English twin of cible_execution.wl (compile statement IF ExecutionTarget, ?1510028; the
// English page is not in the stored copy: names as the French page gives them, "En
// anglais : IF ExecutionTarget", target names in English INFERRED as wlinterp reads them).
<IF ExecutionTarget=WindowsApplication OR ExecutionTarget=Java>
Trace("Open(WIN_Menu)")
<END>
<IF ExecutionTarget=Android OR ExecutionTarget=iOS>
Trace("OpenMobileWindow(WIN_Menu)")
<END>
<IF ExecutionTarget=Site>
Trace("PageDisplay(PAGE_Login)")
<END>
<IF ExecutionTarget=LinuxApplication>
Trace("Linux") // expect: Linux
<END>
<IF ExecutionTarget <> Site>
Trace("not a site") // expect: not a site
<END>
<IF ExecutionTarget <> LinuxApplication>
Trace("other target")
<ELSE>
Trace("the target is Linux") // expect: the target is Linux
<END>
