// Module Federation: the entry only loads the app asynchronously, so shared singletons
// (react, antd, the router…) are negotiated with the host before any of them is imported.
import('./bootstrap.js');
