from clusterld.cli import main

raise SystemExit(main())
