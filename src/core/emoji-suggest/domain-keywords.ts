// The newsletter's own vocabulary: Kubernetes, cloud-native and developer-tool words, each
// pointing at the emoji a curator would plausibly end such a blurb with. Written by hand and kept
// small on purpose: a general emoji dictionary (emojilib, before) offered 🚼 for "changes", 💹
// for "chart", 🤿 for "dive" and 🤣 for "rolling": it knows every meaning of a word except this
// newsletter's.
//
// Each entry: the emoji (fully qualified, with VS16 where Unicode wants it), its name for the
// row's labels, and the words that call for it. The words go through `words`, so "releases",
// "released" and "releasing" all meet "release"; list a word under one emoji unless it truly
// means two.

/** One emoji the domain words point to. */
export interface DomainEmoji {
  /** What the emoji shows, for a label ("locked"). */
  name: string;
  /** Space-separated words that call for it. */
  words: string;
}

/** emoji → its name and the domain words that call for it. */
export const DOMAIN_KEYWORDS: Readonly<Record<string, DomainEmoji>> = {
  '🔒': {
    name: 'locked',
    words:
      'security secure securing vulnerability vulnerabilities cve exploit attack attacker rbac hardening encryption encrypt tls mtls privilege privileges compliance sandboxing',
  },
  '🛡️': { name: 'shield', words: 'security protect protection defense defence firewall threat threats falco scanner scanning trivy' },
  '🔑': {
    name: 'key',
    words:
      'secret secrets credential credentials password passwords token tokens vault certificate certificates cert auth authentication authorization identity oidc sso',
  },
  '🎉': {
    name: 'party popper',
    words:
      'release released announce announcing announcement launch launched celebrate celebrating anniversary birthday milestone graduate graduated graduation congratulations congrats',
  },
  '🚀': { name: 'rocket', words: 'deploy deploying deployment deployments rollout ship shipping production startup' },
  '📚': {
    name: 'books',
    words: 'tutorial tutorials guide guides learn learning course courses book books workshop training lesson lessons beginner beginners handbook',
  },
  '📄': { name: 'page facing up', words: 'documentation docs document whitepaper paper spec specification readme' },
  '📦': {
    name: 'package',
    words: 'package packages packaging container containers image images registry artifact artifacts bundle oci dependency dependencies',
  },
  '☸️': { name: 'wheel of dharma', words: 'helm helmsman chart charts' },
  '⚡': { name: 'high voltage', words: 'fast faster fastest speed performance quick quickly lightweight instant serverless knative lambda' },
  '📈': { name: 'chart increasing', words: 'monitoring monitor metrics prometheus grafana dashboard dashboards growth grow growing trend trends adoption' },
  '📊': { name: 'bar chart', words: 'survey surveys stats statistics report reports benchmark benchmarks analytics results comparison compare' },
  '🔭': { name: 'telescope', words: 'observability observable telemetry opentelemetry insight insights visibility' },
  '🔍': {
    name: 'magnifying glass',
    words: 'search debug debugging troubleshoot troubleshooting trace tracing inspect inspection audit auditing investigate investigation discovery',
  },
  '🐛': { name: 'bug', words: 'bug bugs crash crashes error errors crashloopbackoff' },
  '🧰': { name: 'toolbox', words: 'tool tools tooling toolkit toolbox cli utility utilities kubectl kit' },
  '🔌': {
    name: 'electric plug',
    words: 'plugin plugins extension extensions integration integrations integrate connector connectors webhook webhooks adapter addon addons',
  },
  '🤖': { name: 'robot', words: 'automation automate automated automatic automatically bot bots operator operators controller controllers robot' },
  '🧠': { name: 'brain', words: 'llm llms kubeflow mlops inference' },
  '🔄': {
    name: 'counterclockwise arrows',
    words: 'gitops sync syncing reconcile reconciliation upgrade upgrades upgrading migration migrate migrating continuous pipeline pipelines argo argocd flux',
  },
  '🏗️': {
    name: 'building construction',
    words: 'build builds building builder infrastructure terraform pulumi iac architecture construct provisioning provision crossplane',
  },
  '☁️': { name: 'cloud', words: 'cloud clouds aws azure gcp gke eks aks saas hosted managed hybrid multicloud' },
  '🗺️': { name: 'world map', words: 'roadmap roadmaps map landscape overview journey' },
  '🕸️': { name: 'spider web', words: 'mesh istio linkerd envoy cilium calico cni network networking' },
  '🌐': { name: 'globe with meridians', words: 'dns http internet edge cdn global domain domains' },
  '🚪': { name: 'door', words: 'ingress gateway gateways portal entrypoint access' },
  '🚦': { name: 'vertical traffic light', words: 'traffic routing canary progressive flagger flag flags balancer balancing ratelimit throttling' },
  '💾': { name: 'floppy disk', words: 'storage backup backups volume volumes persistent disk disks velero snapshot snapshots restore csi' },
  '🗃️': { name: 'card file box', words: 'database databases postgres postgresql mysql sql stateful statefulset statefulsets cassandra redis mongodb etcd' },
  '📬': { name: 'open mailbox with raised flag', words: 'queue queues messaging message messages kafka nats rabbitmq pubsub eventing' },
  '🎙️': { name: 'studio microphone', words: 'podcast podcasts episode interview interviews' },
  '🔊': { name: 'speaker high volume', words: 'listen listening audio sound' },
  '📺': { name: 'television', words: 'video videos youtube webinar webinars recording livestream stream streaming screencast' },
  '🎤': { name: 'microphone', words: 'talk talks conference conferences kubecon keynote keynotes meetup meetups summit speaker speakers cfp' },
  '🗓️': { name: 'spiral calendar', words: 'schedule schedules scheduling scheduler cron cronjob cronjobs calendar deadline' },
  '💰': { name: 'money bag', words: 'cost costs pricing price billing budget funding raise raised finops savings cheap cheaper money spend' },
  '🧪': { name: 'test tube', words: 'test tests testing experiment experiments experimental lab labs alpha beta' },
  '💥': { name: 'collision', words: 'chaos failure failures outage outages incident incidents breaking break broken' },
  '🚨': { name: 'police car light', words: 'alert alerts alerting oncall pager emergency warning' },
  '📜': { name: 'scroll', words: 'policy policies opa gatekeeper kyverno rule rules governance standard standards history' },
  '📝': { name: 'memo', words: 'write writing notes changelog template templates templating yaml manifest manifests' },
  '⚙️': { name: 'gear', words: 'config configuration configurations configure configuring settings kustomize internals engine' },
  '🎛️': { name: 'control knobs', words: 'control tuning tune knob knobs dial' },
  '📏': { name: 'straight ruler', words: 'limit limits resource resources quota quotas capacity sizing rightsizing measure requests' },
  '🏷️': { name: 'label', words: 'label labels labeling tag tags tagging annotation annotations metadata' },
  '🪵': { name: 'wood', words: 'log logs logging loki fluentd fluentbit' },
  '🐳': { name: 'spouting whale', words: 'docker dockerfile compose moby whale' },
  '🐧': { name: 'penguin', words: 'linux kernel ebpf bpf distro distribution' },
  '🦀': { name: 'crab', words: 'rust rustlang crab' },
  '🐹': { name: 'hamster', words: 'golang gopher' },
  '🐍': { name: 'snake', words: 'python' },
  '🐙': { name: 'octopus', words: 'github git repo repository repositories octopus' },
  '🦊': { name: 'fox', words: 'gitlab' },
  '🔧': { name: 'wrench', words: 'fix fixes fixing repair maintenance patch patches patching' },
  '📋': { name: 'clipboard', words: 'checklist inventory catalog practice practices requirements tips' },
  '✅': { name: 'check mark button', words: 'validation validate validating conformance certified certification lint linting verify verification' },
  '🎓': { name: 'graduation cap', words: 'exam exams cka ckad cks student students university education' },
  '🤝': { name: 'handshake', words: 'community contribute contributing contributor contributors collaboration collaborate partnership partner donate donated' },
  '👀': { name: 'eyes', words: 'preview sneak peek glimpse watch watching lookout' },
  '💡': { name: 'light bulb', words: 'idea ideas tip trick tricks lesson learned' },
  '🧩': { name: 'puzzle piece', words: 'modular module modules piece pieces puzzle extensible composable component components' },
  '🌱': { name: 'seedling', words: 'sandbox incubating incubation sustainability sustainable green carbon' },
  '🧹': { name: 'broom', words: 'cleanup clean cleaning garbage prune pruning tidy deprecation deprecated deprecate removal' },
  '⏱️': { name: 'stopwatch', words: 'timeout timeouts latency duration uptime stopwatch' },
  '🗞️': { name: 'rolled-up newspaper', words: 'news newsletter press' },
  '💬': { name: 'speech balloon', words: 'chat slack ama discussion discussions conversation conversations feedback comment comments' },
  '🤔': { name: 'thinking face', words: 'question questions opinion opinions debate thoughts think thinking why' },
  '✨': { name: 'sparkles', words: 'feature features improvement improvements enhancement enhancements shiny polish' },
  '🪄': { name: 'magic wand', words: 'magic magical wizard simplify simplifies simple easy easier' },
  '🏛️': { name: 'classical building', words: 'cncf enterprise enterprises legacy government bank banking' },
  '🗂️': { name: 'card index dividers', words: 'namespace namespaces tenancy tenant tenants multitenancy organize isolation' },
  '📡': { name: 'satellite antenna', words: 'iot remote signal signals broadcast satellite' },
  '🕹️': { name: 'joystick', words: 'playground interactive demo demos hands' },
  '🖥️': { name: 'desktop computer', words: 'desktop ide vscode editor terminal laptop local localhost' },
  '⚖️': { name: 'balance scale', words: 'license licensing legal tradeoff tradeoffs versus fairness' },
  '🧱': { name: 'brick', words: 'layer layers foundation brick bricks block blocks' },
};
