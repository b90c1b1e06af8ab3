@echo off
rem DrillSim launcher for Windows: builds the jars on first use, then runs them.
rem "drillsim bench ..." runs the benchmark jar, "drillsim sweep ..." the Spark sweep jar; every other command runs the product CLI.
rem Unlike the bash launcher it does not rebuild after a source change: delete cli\target\drillsim.jar to rebuild.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%cli\target\drillsim.jar"
set "MODULE=cli"
if "%~1"=="bench" set "JAR=%ROOT%bench\target\drillsim-bench.jar"
if "%~1"=="bench" set "MODULE=bench"
set "EXTRA="
if "%~1"=="sweep" set "JAR=%ROOT%sweep\target\drillsim-sweep.jar"
if "%~1"=="sweep" set "MODULE=sweep"
rem Spark on Java 17 reaches into the JDK's internals (the list of sweep\pom.xml's spark.opens)
if "%~1"=="sweep" set "EXTRA=--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
if exist "%JAR%" goto run
where mvn >nul 2>nul
if errorlevel 1 goto nomaven
echo drillsim: building %MODULE% (first use) ... 1>&2
pushd "%ROOT%"
call mvn -q -B -DskipTests -pl %MODULE% -am package > "%ROOT%.drillsim-build.log" 2>&1
if errorlevel 1 goto buildfailed
popd
:run
set "OPTS=%DRILLSIM_JAVA_OPTS%"
if "%OPTS%"=="" set "OPTS=-Xmx4g"
java %OPTS% %EXTRA% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:nomaven
echo drillsim: Maven (mvn) is needed to build DrillSim; install it and put it on PATH 1>&2
exit /b 1
:buildfailed
popd
echo drillsim: build failed; see %ROOT%.drillsim-build.log 1>&2
exit /b 1
