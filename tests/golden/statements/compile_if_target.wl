// <IF ExecutionTarget=...> / <COMPILE IF ...> blocks: wlinterp is a Linux application
<COMPILE IF ExecutionTarget=WindowsApplication>
this branch is not even read ((
<ELSE IF ExecutionTarget=LinuxApplication>
Trace("linux application") // expect: linux application
<ELSE>
Trace("other")
<END>
<IF ExecutionTarget=Windows OR ExecutionTarget=Linux>
Trace("windows or linux") // expect: windows or linux
<END>
<IF ExecutionTarget=Site>
Trace("site")
<ELSE>
Trace("not a site") // expect: not a site
<END>
<IF ExecutionTarget <> Windows AND ConfigurationType = Linux>
Trace("and holds") // expect: and holds
<END>
<if executiontarget=webservicelinux>
Trace("webservice")
<end>
Trace("after") // expect: after
