// Async boundary: shared singletons (react, antd, @yiqia/web-*) are negotiated before the app runs.
import('./bootstrap.js');
