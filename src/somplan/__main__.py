from somplan.cli import main

main()
